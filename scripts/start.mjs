// For now `npm start` builds the extension and lints the example templates, then says how to
// open them in VS Code. Opening a real VS Code with the Salesforce stand-in is issue 7's work.
import { spawnSync } from 'node:child_process';

const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status;
if (run(['scripts/build.mjs']) !== 0) process.exit(1);
console.log('\nLinting the example templates with the same analysis the editor runs:\n');
run(['dist/cli.js', 'examples/*.webhook']);
console.log(`
To use the extension in VS Code: code --extensionDevelopmentPath="${process.cwd()}" examples
(or install the VSIX made by "npm run package": code --install-extension braze-salesforce-webhooks-0.1.0.vsix).`);
