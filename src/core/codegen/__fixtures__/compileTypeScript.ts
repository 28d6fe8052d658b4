/**
 * Test helpers that run the TypeScript 6 compiler in-process on generated code
 * held in memory: `typeCheck` for diagnostics, `loadModule` to run it.
 * Library files come from node_modules/typescript/lib and are parsed once per
 * test file, so many programs stay cheap.
 */
import { dirname } from 'node:path';
import ts from 'typescript';

/** The strictest settings a consumer might use; the generated module must pass them all. */
export const strictCompilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  noPropertyAccessFromIndexSignature: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  erasableSyntaxOnly: true,
  noEmit: true,
  // The standard library is not under test, and checking it would dominate every program.
  skipLibCheck: true,
};

export interface Diagnostic {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly code: number;
  readonly message: string;
}

const ROOT = '/virtual/';
/** node_modules/typescript/lib, where lib.*.d.ts live. */
const LIBRARY_DIRECTORY = dirname(ts.sys.getExecutingFilePath());
const libraryFiles = new Map<string, ts.SourceFile | undefined>();

/**
 * Diagnostics of a program made of in-memory files (name -> text, names relative to a virtual root).
 * @example typeCheck(new Map([['a.ts', 'const x: number = "";']])) // [{ file: 'a.ts', line: 1, code: 2322, … }]
 */
export function typeCheck(files: ReadonlyMap<string, string>, options: ts.CompilerOptions = strictCompilerOptions): Diagnostic[] {
  const host = ts.createCompilerHost(options, true);
  const inMemory = (fileName: string) => (fileName.startsWith(ROOT) ? files.get(fileName.slice(ROOT.length)) : undefined);
  host.getCurrentDirectory = () => ROOT;
  host.fileExists = (fileName) => inMemory(fileName) !== undefined || (!fileName.startsWith(ROOT) && ts.sys.fileExists(fileName));
  host.readFile = (fileName) => inMemory(fileName) ?? (fileName.startsWith(ROOT) ? undefined : ts.sys.readFile(fileName));
  host.directoryExists = (directory) => directory.startsWith(ROOT.slice(0, -1)) || ts.sys.directoryExists(directory);
  host.getDirectories = () => [];
  host.writeFile = () => {};
  host.getDefaultLibFileName = (compilerOptions) => `${LIBRARY_DIRECTORY}/${ts.getDefaultLibFileName(compilerOptions)}`;
  host.getSourceFile = (fileName, languageVersion) => {
    const text = inMemory(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    if (!libraryFiles.has(fileName)) {
      const libraryText = ts.sys.readFile(fileName);
      libraryFiles.set(fileName, libraryText === undefined ? undefined : ts.createSourceFile(fileName, libraryText, languageVersion, true));
    }
    return libraryFiles.get(fileName);
  };
  const program = ts.createProgram({ rootNames: [...files.keys()].map((name) => ROOT + name), options, host });
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file;
    const line = file && diagnostic.start !== undefined ? file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return {
      file: file ? file.fileName.replace(ROOT, '') : '',
      line,
      code: diagnostic.code,
      message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
    };
  });
}

/** One line per diagnostic, for readable assertion failures. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${d.file}:${d.line} TS${d.code} ${d.message}`).join('\n');
}

/**
 * Runs a generated module: transpiled to CommonJS and evaluated, returning its exports.
 * @example loadModule<{ initial: string }>(source).initial // 'Idle'
 */
export function loadModule<Exports>(source: string): Exports {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS },
  });
  const module = { exports: {} as Record<string, unknown> };
  new Function('exports', 'module', outputText)(module.exports, module);
  return module.exports as Exports;
}
