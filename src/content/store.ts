/**
 * A minimal external store for React's `useSyncExternalStore`: each composer's state lives in the
 * content script, outside React, because the page (not React) decides when it changes.
 */
export class Store<T> {
  private listeners = new Set<() => void>();
  constructor(private value: T) {}

  get = (): T => this.value;

  set(update: Partial<T>): void {
    this.value = { ...this.value, ...update };
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}
