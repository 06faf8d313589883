export * from "./org";
export * from "./auth";
export * from "./audit";
export * from "./duties";
export * from "./signoff";
export * from "./assessment";
export * from "./records";
export * from "./reports";
