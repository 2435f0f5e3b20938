// Runs the CLI from source (node --import tsx src/cli/run.ts ...); bin/cronaca.js runs the build.
import { main } from './main.js';

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
