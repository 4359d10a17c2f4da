// Entry point of dist/server.js. The transport comes from the command line:
// --stdio, --node-ipc or --socket=PORT (what vscode-languageclient and other
// editors pass).
import '../regexp-tiers';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { describeError } from './safe';
import { PolicyServer } from './server';

const transports = ['--stdio', '--node-ipc', '--socket', '--pipe'];
if (!process.argv.slice(2).some((arg) => transports.some((t) => arg === t || arg.startsWith(`${t}=`)))) {
  process.stderr.write('fedipolicy language server: start it with --stdio or --node-ipc (or --socket=PORT); it speaks the Language Server Protocol.\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// Last line of defence: an error that escapes every handler is logged, and the server lives on.
process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${describeError(error)}`));
process.on('unhandledRejection', (reason) => connection.console.error(`unhandled rejection: ${describeError(reason)}`));
new PolicyServer(connection).listen();
