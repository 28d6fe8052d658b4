// Builds the bare React Flow baseline page to bench/ui/dist-baseline, apart from the product bundle.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: fileURLToPath(new URL('../dist-baseline', import.meta.url)), emptyOutDir: true, target: 'es2022' },
});
