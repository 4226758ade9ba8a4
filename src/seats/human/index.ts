export { HumanSeat, createHumanSeat } from "./human-seat.js";
export { streamLineSource, scriptedLineSource, type LineSource } from "./line-source.js";
