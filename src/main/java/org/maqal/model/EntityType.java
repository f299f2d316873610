package org.maqal.model;

/** The kinds of named things analysis finds. */
public enum EntityType { PERSON, ORGANIZATION, PLACE }
