/** What the files the tracker reads and writes share: dates as people write them, safe text, file names. No framework. */
export * from './file-text';
