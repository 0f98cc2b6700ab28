// Types for module-doors.js, which eslint.config.js loads as plain JavaScript.
import type { ESLint, Linter } from 'eslint';

export declare const processEnvRule: { selector: string; message: string };
export declare const zodFreeSharedModules: readonly string[];
export declare const housePlugin: ESLint.Plugin;
export declare const moduleDoors: Linter.Config[];
