package policylens.serve;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded cache that forgets the entry used least recently when a new one would take it over its capacity
 * (a {@link LinkedHashMap} in access order). Thread-safe: every operation holds the cache's lock, which is never held
 * while a value is being made.
 */
final class LruCache<K, V> {
    private final int capacity;
    private final LinkedHashMap<K, V> entries;

    LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > LruCache.this.capacity;
            }
        };
    }

    /** The value for {@code key}, else null; a hit makes it the most recently used. */
    synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} as the most recently used, dropping the least recently used entry when full. */
    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Forgets every entry (what they were made from changed). */
    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    int capacity() {
        return capacity;
    }
}
