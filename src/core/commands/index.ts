/** Edit commands: pure `(machine, args) => CommandResult` functions the store applies. */
export * from './result';
export { addState, nextStateName, type AddStateArgs } from './addState';
export { renameState, type RenameStateArgs } from './renameState';
export { deleteStates, type DeleteStatesArgs } from './deleteStates';
export { setInitial, type SetInitialArgs } from './setInitial';
export { setFinal, toggleFinal, type SetFinalArgs } from './setFinal';
export { editState, type EditStateArgs } from './editState';
export { addTransition, type AddTransitionArgs } from './addTransition';
export { editTransition, type EditTransitionArgs } from './editTransition';
export { deleteTransitions, type DeleteTransitionsArgs } from './deleteTransitions';
export { moveTransition, type MoveTransitionArgs } from './moveTransition';
export { moveStates, type MoveStatesArgs } from './moveStates';
export { renameEvent, type RenameEventArgs } from './renameEvent';
export { addEvent, type AddEventArgs } from './addEvent';
export { editEvent, type EditEventArgs } from './editEvent';
export { deleteEvent, type DeleteEventArgs } from './deleteEvent';
export { setMachineInfo, type SetMachineInfoArgs } from './setMachineInfo';
