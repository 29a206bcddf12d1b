/** The tool's version, as package.json says (kept in step by a test). */
export const TOOL_VERSION = '1.0.0';
