export declare const DEBIAN_CHROMIUM: string;
export declare function findChromium(): string | null;
export declare const CHROMIUM_ARGS: string[];
export declare const WEBGPU_ARGS: string[];
