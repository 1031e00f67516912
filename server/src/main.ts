import { openStore, readEnvironment, serverOptions } from "./config";
import { startSchoolServer } from "./server";

// `npm run school-server`: the school's sync server, configured by environment variables.
// Stops cleanly on Ctrl+C or SIGTERM, writing every open document first.

async function main() {
  const config = readEnvironment(process.env);
  const { store, where } = await openStore(config);
  const server = await startSchoolServer(serverOptions(config, store));
  console.log(`School server listening on ${server.url} (data: ${where})`);
  if (config.REDIS_URL)
    console.log("Sharing edits with other processes through Redis");
  const stop = async () => {
    await server.stop();
    await store.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
