package io.kerong.audit.internal;

/** The chain's head: how many entries it has, the last one's id and hash (the genesis value while it is empty). */
record ChainHead(long entryCount, Long lastEntryId, String lastHash) {
}
