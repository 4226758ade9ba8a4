// Access to the console: a token (bearer header or cookie) when one is set, and on every state-changing API
// request a custom header that a page from another site cannot send without a CORS preflight we never grant.
import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { getCookie, setCookie } from "hono/cookie";

export const TOKEN_COOKIE = "callsim_token";
export const CSRF_HEADER = "x-callsim";

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** With a token: `?token=` on a page sets the cookie; any other request needs the cookie or `Authorization: Bearer`. */
export function tokenGuard(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return next();
    const query = c.req.query("token");
    if (query !== undefined && same(query, token)) {
      setCookie(c, TOKEN_COOKIE, token, { httpOnly: true, sameSite: "Strict", path: "/" });
      return c.redirect(c.req.path);
    }
    const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    const cookie = getCookie(c, TOKEN_COOKIE);
    if ((bearer !== undefined && same(bearer, token)) || (cookie !== undefined && same(cookie, token))) return next();
    return c.text("callsim: this console needs its token (open the URL printed by `callsim serve`)", 401);
  };
}

export const csrfGuard: MiddlewareHandler = async (c, next) => {
  if (c.req.method !== "GET" && c.req.method !== "HEAD" && c.req.header(CSRF_HEADER) !== "1") {
    return c.json({ error: `state-changing requests need the ${CSRF_HEADER} header` }, 403);
  }
  return next();
};

const LOOPBACK_NAMES = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * On a loopback address, only requests addressed to a loopback name: a page on another site that rebinds its
 * own host name to 127.0.0.1 (DNS rebinding) is turned away.
 */
export function loopbackHostGuard(active: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (!active) return next();
    const host = (c.req.header("host") ?? "").toLowerCase().replace(/:\d+$/, "");
    if (!LOOPBACK_NAMES.has(host)) return c.text("callsim: this console answers only to 127.0.0.1 or localhost", 421);
    return next();
  };
}
