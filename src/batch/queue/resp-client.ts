// A small Redis connection (RESP2 over one TCP socket) shaped like the raw client BullMQ's built-in adapter drives
// (`send`, `connect`, `connected`, callbacks): BullMQ needs a Redis driver and none is installed with callsim.
import { connect as netConnect, type Socket } from "node:net";

export type RespValue = string | number | null | Error | RespValue[];
type Arg = string | number | Buffer;

/** redis://[:password@]host[:port][/db] → where to connect. */
export interface RedisTarget {
  host: string;
  port: number;
  db: number;
  password: string | null;
}

export function parseRedisUrl(text: string): RedisTarget | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "redis:" || url.hostname === "") return null;
  const db = url.pathname === "" || url.pathname === "/" ? 0 : Number(url.pathname.slice(1));
  const port = url.port === "" ? 6379 : Number(url.port);
  if (!Number.isInteger(db) || db < 0 || !Number.isInteger(port)) return null;
  return { host: url.hostname.replace(/^\[|\]$/g, ""), port, db, password: url.password === "" ? null : decodeURIComponent(url.password) };
}

const INCOMPLETE = Symbol("incomplete");

/** Parses one reply at `at`; INCOMPLETE when the buffer ends first. */
function parseReply(buffer: Buffer, at: number): { value: RespValue; next: number } | typeof INCOMPLETE {
  const lineEnd = buffer.indexOf("\r\n", at);
  if (lineEnd === -1) return INCOMPLETE;
  const type = buffer[at];
  const line = buffer.toString("utf8", at + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case 43: // +
      return { value: line, next };
    case 45: // -
      return { value: new Error(line), next };
    case 58: // :
      return { value: Number(line), next };
    case 36: {
      // $
      const length = Number(line);
      if (length < 0) return { value: null, next };
      if (buffer.length < next + length + 2) return INCOMPLETE;
      return { value: buffer.toString("utf8", next, next + length), next: next + length + 2 };
    }
    case 42: {
      // *
      const count = Number(line);
      if (count < 0) return { value: null, next };
      const items: RespValue[] = [];
      let cursor = next;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, cursor);
        if (item === INCOMPLETE) return INCOMPLETE;
        items.push(item.value);
        cursor = item.next;
      }
      return { value: items, next: cursor };
    }
    default:
      throw new Error(`redis: unexpected reply byte ${String(type)}`);
  }
}

function encode(command: string, args: readonly Arg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length + 1}\r\n$${Buffer.byteLength(command)}\r\n${command}\r\n`)];
  for (const arg of args) {
    const bytes = Buffer.isBuffer(arg) ? arg : Buffer.from(String(arg), "utf8");
    parts.push(Buffer.from(`$${bytes.length}\r\n`), bytes, Buffer.from("\r\n"));
  }
  return Buffer.concat(parts);
}

export class RespClient {
  connected = false;
  onconnect: (() => void) | undefined;
  onclose: ((error?: Error) => void) | undefined;
  onerror: ((error: Error) => void) | undefined;
  private socket: Socket | null = null;
  private pending: { resolve: (value: RespValue) => void; reject: (error: Error) => void }[] = [];
  private input: Buffer = Buffer.alloc(0);

  constructor(readonly target: RedisTarget) {}

  async connect(): Promise<void> {
    if (this.connected) return;
    const socket = netConnect({ host: this.target.host, port: this.target.port });
    socket.setNoDelay(true);
    await new Promise<void>((resolve, reject) => {
      socket.once("connect", resolve);
      socket.once("error", reject);
    });
    this.socket = socket;
    socket.on("data", (chunk: Buffer) => this.receive(chunk));
    socket.on("error", (error) => this.onerror?.(error));
    socket.on("close", () => this.closed(new Error("Connection closed")));
    this.connected = true;
    if (this.target.password !== null) await this.send("AUTH", [this.target.password]);
    if (this.target.db !== 0) await this.send("SELECT", [this.target.db]);
    this.onconnect?.();
  }

  send(command: string, args: readonly Arg[] = []): Promise<RespValue> {
    const socket = this.socket;
    if (socket === null || !this.connected) return Promise.reject(new Error("Connection is closed."));
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      socket.write(encode(command, args));
    }).then((value) => (value instanceof Error ? Promise.reject(value) : (value as RespValue)));
  }

  private receive(chunk: Buffer): void {
    this.input = this.input.length === 0 ? chunk : Buffer.concat([this.input, chunk]);
    let at = 0;
    while (at < this.input.length) {
      const reply = parseReply(this.input, at);
      if (reply === INCOMPLETE) break;
      at = reply.next;
      this.pending.shift()?.resolve(reply.value);
    }
    this.input = at === this.input.length ? Buffer.alloc(0) : this.input.subarray(at);
  }

  private closed(error: Error): void {
    if (!this.connected && this.socket === null) return;
    this.connected = false;
    this.socket = null;
    for (const waiter of this.pending.splice(0)) waiter.reject(error);
    this.onclose?.(error);
  }

  close(): void {
    this.socket?.destroy();
    this.closed(new Error("Connection closed"));
  }

  disconnect(): void {
    this.close();
  }

  async duplicate(): Promise<RespClient> {
    return new RespClient(this.target);
  }
}
