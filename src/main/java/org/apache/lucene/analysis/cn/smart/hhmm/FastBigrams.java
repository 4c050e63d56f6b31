package org.apache.lucene.analysis.cn.smart.hhmm;

import java.lang.reflect.Field;

/**
 * PolicyLens: the word-pair frequencies of Lucene's {@code BigramDictionary}, in a table built for lookups.
 * <p>
 * Lucene keeps them in a double-hashing table of 402,137 slots filled to 82%: a pair that is not in the dictionary
 * (most pairs a sentence's word graph asks about) walks about five slots, each a cache miss and a modulo, and JFR
 * showed that walk as a third of all indexing time. Here the same (hash, frequency) entries, read from the loaded
 * dictionary, sit in an open-addressing table with linear probing at a load under 40%. A pair is identified by the
 * same 64-bit hash as in Lucene (which compares nothing else either), so every lookup returns what {@code
 * BigramDictionary.getFrequency} returns.
 */
public final class FastBigrams {
    private static final long[] KEYS;
    private static final int[] FREQUENCIES;
    private static final int MASK;

    static {
        BigramDictionary dict = BigramDictionary.getInstance();
        long[] hashes;
        int[] frequencies;
        try {
            Field h = BigramDictionary.class.getDeclaredField("bigramHashTable");
            Field f = BigramDictionary.class.getDeclaredField("frequencyTable");
            h.setAccessible(true);
            f.setAccessible(true);
            hashes = (long[]) h.get(dict);
            frequencies = (int[]) f.get(dict);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("unexpected Lucene smartcn BigramDictionary", e);
        }
        int entries = 0;
        for (long x : hashes) {
            if (x != 0) {
                entries++;
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, entries) * 2) << 1; // load factor below 0.5
        long[] keys = new long[capacity];
        int[] values = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < hashes.length; i++) {
            long key = hashes[i];
            if (key == 0) {
                continue; // an empty slot in Lucene's table too
            }
            int slot = slot(key, mask);
            while (keys[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] += frequencies[i];
        }
        KEYS = keys;
        FREQUENCIES = values;
        MASK = mask;
    }

    private FastBigrams() {
    }

    private static int slot(long key, int mask) {
        long z = key * 0x9E3779B97F4A7C15L;
        return (int) (z ^ (z >>> 32)) & mask;
    }

    /** Lucene's {@code BigramDictionary.hash1}: FNV-1 over both bytes of every char. */
    static long hash(char[] carray) {
        final long p = 1099511628211L;
        long hash = 0xcbf29ce484222325L;
        for (char d : carray) {
            hash = (hash ^ (d & 0x00FF)) * p;
            hash = (hash ^ (d >> 8)) * p;
        }
        return hash;
    }

    /** The frequency of a word pair ("word1@word2"), 0 when the dictionary does not have it. */
    public static int frequency(char[] pair) {
        long key = hash(pair);
        if (key == 0) {
            return 0; // Lucene's table cannot hold hash 0: its lookup of it finds nothing either
        }
        int slot = slot(key, MASK);
        while (true) {
            long k = KEYS[slot];
            if (k == key) {
                return FREQUENCIES[slot];
            }
            if (k == 0) {
                return 0;
            }
            slot = (slot + 1) & MASK;
        }
    }
}
