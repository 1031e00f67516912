import { openStore, readEnvironment, serverOptions } from "./config";
import { runServerProcess } from "./process";
import { startSchoolServer } from "./server";

// `npm run school-server`: the school's sync server, configured by environment variables.
// Stops cleanly on Ctrl+C or SIGTERM (see process.ts).

async function main() {
  const config = readEnvironment(process.env);
  const { store, where } = await openStore(config);
  const server = await startSchoolServer(serverOptions(config, store));
  console.log(`School server listening on ${server.url} (data: ${where})`);
  if (config.REDIS_URL)
    console.log("Sharing edits with other processes through Redis");
  return { server, store };
}

runServerProcess(main);
