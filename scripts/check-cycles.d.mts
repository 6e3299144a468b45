/** Types of check-cycles.mjs, for the tests that import it. */
export declare function folderOf(relative: string): string;
export declare function listSources(dir: string): string[];
export declare function buildFolderGraph(srcDir: string): Map<string, string[]>;
export declare function findCycles(graph: Map<string, string[]>): string[][];
export declare function describeCycle(graph: Map<string, string[]>, component: string[]): string;
