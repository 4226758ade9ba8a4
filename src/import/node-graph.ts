// An unknown platform's flow graph (nodes with edges, or states with transitions): the nodes on the main path from
// the start are the steps, a node that only routes on a condition is a branch of the step before it, a terminal node
// that speaks is the closing, and a node holding key/value variables is the customer profile.

import { classifyHeading } from "../scenario/section-names.js";

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Keys whose text is said word for word, and keys whose text tells the agent what to do. */
const SAID_KEY = /^(say|text|message|speech|utterance|tts|static_?text)$/i;
const TOLD_KEY = /^(prompt|instructions?|task|goal)$/i;
/** Keys naming where a transition goes, and keys naming a record's identity. */
const NEXT_KEY = /^(next|target|transition_?to|target_?(node|page|state)|goto)$/i;
const ID_KEYS = ["id", "name", "key"] as const;
/** A condition attached to a transition: its friendly name or label. */
const CONDITION_KEY = /^(friendly_?name|label|condition)$/i;

export interface GraphParts {
  /** The start node's words, when the graph marks its start. */
  opening?: string;
  stages: { title: string; text: string; path: string; branches?: string[] }[];
  closingLines: string[];
  profile: string[];
  /** Texts of nodes off the path (a knowledge node): handed to the prompt reading. */
  asides: string[];
}

const idOf = (n: Json): string => ID_KEYS.map((k) => str(n[k])).find((v) => v !== "") ?? "";

function deepFind(value: unknown, test: (key: string, v: unknown) => boolean, key = ""): unknown[] {
  if (test(key, value)) return [value];
  if (Array.isArray(value)) return value.flatMap((v) => deepFind(v, test, key));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => deepFind(v, test, k));
  return [];
}

const said = (n: Json): string => deepFind(n, (k, v) => SAID_KEY.test(k) && typeof v === "string").map(str).find((t) => t.trim() !== "") ?? "";
const told = (n: Json): string => deepFind(n, (k, v) => TOLD_KEY.test(k) && typeof v === "string").map(str).find((t) => t.trim() !== "") ?? "";

/** The graph's nodes: the largest array of records that carry an identity, found at the top or one level down. */
function nodesOf(data: Json): Json[] {
  const arrays = [...Object.values(data), ...Object.values(data).filter(isObject).flatMap((v) => Object.values(v))].filter(Array.isArray);
  const candidates = arrays.map((a) => a.filter(isObject)).filter((a) => a.length >= 3 && a.every((n) => idOf(n) !== ""));
  return candidates.sort((a, b) => b.length - a.length)[0] ?? [];
}

interface Edge { to: string; condition: string }

function edgesOf(data: Json, nodes: readonly Json[]): Map<string, Edge[]> {
  const out = new Map<string, Edge[]>();
  const add = (from: string, edge: Edge): void => { out.set(from, [...(out.get(from) ?? []), edge]); };
  const separate = Object.values(data).filter(Array.isArray).flatMap((a) => a.filter(isObject)).filter((e) => str(e.source ?? e.from) !== "" && str(e.target ?? e.to) !== "");
  for (const e of separate) add(str(e.source ?? e.from), { to: str(e.target ?? e.to), condition: conditionOf(e) });
  for (const n of nodes) {
    // Transitions inside the node: every record under it that names where to go next.
    const hops = deepFind(n, (_k, v) => isObject(v) && Object.entries(v).some(([k, x]) => NEXT_KEY.test(k) && typeof x === "string" && x !== ""));
    for (const hop of hops.filter(isObject)) {
      const to = Object.entries(hop).find(([k, x]) => NEXT_KEY.test(k) && typeof x === "string")?.[1];
      add(idOf(n), { to: str(to), condition: conditionOf(hop) });
    }
  }
  return out;
}

function conditionOf(edge: Json): string {
  return deepFind(edge, (k, v) => CONDITION_KEY.test(k) && typeof v === "string").map(str).find((t) => t.trim() !== "") ?? "";
}

/** A node's own name ("name", or "data.name" in a flow editor's export), or "". */
function nodeName(node: Json): string {
  return str(node.name) || str(isObject(node.data) ? node.data.name : "");
}

/** The condition of the way to `node`. */
function offCondition(off: readonly Edge[], node: Json): string {
  return off.find((e) => e.to === idOf(node))?.condition ?? "";
}

/** A top-level record of the values a call is made with ("request_data", "dynamic_variables"): customer fields. */
const REQUEST_KEY = /^(?:(?:request|dynamic|call|customer|user|lead)_?(?:data|variables|vars|params|info)|variables)$/i;

function requestVariables(data: Json): string[] {
  const record = Object.entries(data).find(([k, v]) => REQUEST_KEY.test(k) && isObject(v))?.[1];
  if (!isObject(record)) return [];
  return Object.entries(record).filter(([, v]) => typeof v === "string" || typeof v === "number").map(([k, v]) => `${k.replace(/_/g, " ")}: ${String(v)}`);
}

/** Key/value records ({ key, value }) held by a node: fields of the customer record. */
function variables(n: Json): string[] {
  return deepFind(n, (_k, v) => isObject(v) && typeof v.key === "string" && (typeof v.value === "string" || typeof v.value === "number")).filter(isObject).map((v) => `${str(v.key)}: ${String(v.value)}`);
}

export function nodeGraph(data: Json): GraphParts | null {
  const nodes = nodesOf(data);
  if (nodes.length === 0) return null;
  const byId = new Map(nodes.map((n) => [idOf(n), n]));
  const edges = edgesOf(data, nodes);
  if ([...edges.values()].flat().filter((e) => byId.has(e.to)).length < 2) return null;
  const initial = Object.entries(data).find(([k, v]) => /^(initial|start)/i.test(k) && typeof v === "string" && byId.has(v))?.[1];
  const marked = nodes.find((n) => deepFind(n, (k, v) => /^is_?start$/i.test(k) && v === true).length > 0) ?? (typeof initial === "string" ? byId.get(initial) : undefined);
  const start = marked ?? nodes[0];
  // The main path: from the start, always the first way on to a node not yet visited.
  const path: Json[] = [];
  const seen = new Set<string>();
  for (let node = start; node !== undefined && !seen.has(idOf(node)); ) {
    seen.add(idOf(node));
    path.push(node);
    node = (edges.get(idOf(node)) ?? []).map((e) => byId.get(e.to)).find((n) => n !== undefined && !seen.has(idOf(n)));
  }
  const parts: GraphParts = { stages: [], closingLines: [], profile: [...requestVariables(data)], asides: [] };
  const terminal = (node: Json): boolean => (edges.get(idOf(node)) ?? []).every((e) => !byId.has(e.to));
  for (const [i, node] of path.entries()) {
    parts.profile.push(...variables(node));
    const line = said(node);
    const task = told(node);
    if (terminal(node) && i > 0 && line !== "") { parts.closingLines.push(line); continue; }
    // The start node marked as such, named as the opening ("开场", "Opening"), that speaks is the opening; a start
    // node named for what it does ("Greet & confirm") is the first step.
    if (i === 0 && line !== "" && marked !== undefined && classifyHeading(nodeName(node), true).kind === "opening") { parts.opening = line; continue; }
    const off = (edges.get(idOf(node)) ?? []).filter((e) => e.condition !== "" && byId.has(e.to) && !seen.has(e.to));
    if (line === "" && task === "") {
      // A node that only routes: its conditional ways off the path are branches of the step before it.
      const previous = parts.stages[parts.stages.length - 1];
      for (const e of off) if (previous !== undefined) previous.branches = [...(previous.branches ?? []), [e.condition, said(byId.get(e.to) ?? {})].filter((t) => t !== "").join(" → ")];
      continue;
    }
    // A way off the path to a node that speaks and goes on is a branch of this step ("不续了 → …").
    const branches = off.map((e) => byId.get(e.to) ?? {}).filter((n) => said(n) !== "" && !terminal(n)).map((n) => [offCondition(off, n), said(n)].filter((t) => t !== "").join(" → "));
    parts.stages.push({ title: nodeName(node) || idOf(node), text: [line === "" ? "" : `"${line}"`, task].filter((t) => t !== "").join("\n"), path: idOf(node), ...(branches.length > 0 ? { branches } : {}) });
  }
  // Terminal nodes off the path that speak are the other endings' closings.
  for (const node of nodes) if (!seen.has(idOf(node)) && terminal(node) && [...edges.values()].flat().some((e) => e.to === idOf(node)) && said(node) !== "") parts.closingLines.push(said(node));
  for (const node of nodes.filter((n) => !seen.has(idOf(n)))) {
    const texts = deepFind(node, (_k, v) => typeof v === "string" && v.length > 60).map(str);
    if ((edges.get(idOf(node)) ?? []).length === 0 && ![...edges.values()].flat().some((e) => e.to === idOf(node))) parts.asides.push(...texts);
  }
  return parts.stages.length === 0 ? null : parts;
}
