export function App() {
  return <main>Statewright</main>;
}
