/**
 * The paths analysis: a field rendered once per way Braze can render it for some user (each
 * branch of `if`/`elsif`/`else`/`unless`/`case`, each value present or blank), up to `PATH_CAP` in order, then `PATH_SAMPLES` drawn at random.
 * `branches.ts` reads the block structure from the tree, `enumerate.ts` renders the paths,
 * `describe.ts` names a path in a marketer's words, `display.ts` renders one for a reader, `json.ts`
 * reads one as JSON, `body.ts` caches the body's paths per tree.
 */
export { fieldStructure, enclosingArms, type Piece, type Arm, type Structure, type Unfollowed } from './branches';
export { enumeratePaths, fileOffset, canBeBlank, PATH_CAP, PATH_SAMPLES, PATH_TEXT_BUDGET, type Decision, type RenderedPath, type Enumeration } from './enumerate';
export { describePath, describeDecision, valueName } from './describe';
export { guardsValue } from './guards';
export { bodyPaths, type BodyPaths } from './body';
export { pathJson, excerpt, type PathJson } from './json';
export { displayPath } from './display';
