// Types of the build script's exports, for the test that checks its copy of the name keys
// against src/gazetteer/normalize.ts.
export function nameKey(text: string): string;
export function foldKey(key: string): string;
export function givenNameKey(word: string): string;
export function nameVariants(name: string, shorten?: boolean, arabicArticle?: boolean): string[];
export function demonymPlural(word: string): string;
export function buildIndex(): string;
