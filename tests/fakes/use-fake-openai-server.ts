// A fresh fake OpenAI-compatible server for every test of a file: started before each, closed after each.
import { afterEach, beforeEach } from "vitest";
import { FakeOpenAIServer } from "./fake-openai-server.js";

export interface FakeServerHandle {
  /** The server of the running test (throws outside a test). */
  readonly server: FakeOpenAIServer;
}

export function useFakeOpenAIServer(): FakeServerHandle {
  let current: FakeOpenAIServer | undefined;
  beforeEach(async () => {
    current = await FakeOpenAIServer.start();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return {
    get server(): FakeOpenAIServer {
      if (current === undefined) throw new Error("the fake server runs only inside a test");
      return current;
    },
  };
}
