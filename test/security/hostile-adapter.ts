import type { PerformanceAdapter, PortMethod } from '@pm-widgets/core';
import { inject, stringFields, type Assign } from './fields.js';

/** A widget as the injection suite drives it (see injection.suite.ts). */
export interface WidgetState {
  name: string;
  /** What a person does after the widget loaded to reach this state (open details, start editing…). */
  act?: (el: HTMLElement) => Promise<void>;
  /** Fields (schema paths) that must be shown verbatim in this state: proves the state shows data at all. */
  shows: readonly string[];
  /** Overrides the case's viewer and attributes for this state (a manager reading a report's check-in). */
  viewer?: string;
  attributes?: Record<string, string>;
  /** Fields left alone in this state, e.g. a question's kind, so the editor it picks still opens. */
  keep?: readonly string[];
}

export interface InjectionCase {
  tag: string;
  attributes: Record<string, string>;
  viewer: string;
  /** A fresh backend with realistic data (usually the memory adapter). */
  backend: () => PerformanceAdapter;
  /** The reads whose answers are made hostile, with the schema each answer follows. */
  reads: Partial<Record<PortMethod, unknown>>;
  /** Arguments for each read, for the coverage test (which calls the reads without a widget). */
  sampleArgs: Partial<Record<PortMethod, unknown[]>>;
  /** Adds what the backend's data lacks (a manager reply, a link), so every field is present. */
  complete?: Partial<Record<PortMethod, (value: unknown) => unknown>>;
  /** Waits until the widget shows its loaded content. */
  loaded: (el: HTMLElement) => boolean;
  states: readonly WidgetState[];
}

/** An adapter that answers the case's reads from its backend, made hostile by `assign`. */
export function hostileAdapter(c: InjectionCase, assign: (method: number) => Assign, options: { keep?: readonly string[] } = {}): PerformanceAdapter {
  const backend = c.backend() as Record<string, unknown>;
  const adapter: Record<string, unknown> = {};
  let proto: object | null = backend;
  const names = new Set<string>();
  while (proto && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) if (typeof backend[name] === 'function' && name !== 'constructor') names.add(name);
    proto = Object.getPrototypeOf(proto);
  }
  for (const name of names) adapter[name] = (backend[name] as (...a: unknown[]) => unknown).bind(backend);
  Object.entries(c.reads).forEach(([method, schema], index) => {
    const read = adapter[method] as (...a: unknown[]) => Promise<unknown>;
    adapter[method] = async (...args: unknown[]) => {
      let value = await read(...args);
      value = c.complete?.[method as PortMethod]?.(structuredClone(value)) ?? value;
      return inject(schema, value, assign(index), { fill: true, skip: options.keep });
    };
  });
  return adapter as PerformanceAdapter;
}

/** The text and URL fields of every read the cases make, minus the exempt ones, that no case fills. */
export async function uncoveredFields(cases: readonly InjectionCase[], exempt: Record<string, string>): Promise<string[]> {
  const all = new Set<string>();
  const touched = new Set<string>();
  for (const c of cases) {
    for (const [method, schema] of Object.entries(c.reads)) {
      for (const f of stringFields(schema)) all.add(`${method}: ${f.path}`);
    }
    const perMethod = new Map<number, Set<string>>();
    const adapter = hostileAdapter(c, (m) => {
      const set = new Set<string>();
      perMethod.set(m, set);
      return (field) => { set.add(field.path); return field.kind === 'url' ? 'https://example.com/' : 'x'; };
    }) as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const methods = Object.keys(c.reads);
    for (const [index, method] of methods.entries()) {
      await adapter[method]!(...(c.sampleArgs?.[method as PortMethod] ?? []));
      for (const p of perMethod.get(index) ?? []) touched.add(`${method}: ${p}`);
    }
  }
  return [...all].filter((f) => !touched.has(f) && !(f in exempt));
}
