package org.maqal.model;

/** What a token is made of. */
public enum TokenKind { ARABIC, LATIN, NUMBER, PUNCTUATION }
