package org.migrationgraph.seed;

/** The kinds of broken rule, shared by the seed loader's problems and the write API's user errors. */
public enum ViolationCode {
    /** A required field is missing or blank. */
    REQUIRED,
    /** An id is not {@code prefix:name}. */
    INVALID_ID,
    /** The id is already used by an entity, a reference or a deleted entity (ids are never reused). */
    ID_TAKEN,
    /** A kind label that the vocabulary does not declare. */
    UNKNOWN_KIND,
    /** A relation type that the vocabulary does not declare. */
    UNKNOWN_RELATION_TYPE,
    /** An id that names no entity. */
    UNKNOWN_ENTITY,
    /** A citation names a reference that does not exist. */
    UNKNOWN_REFERENCE,
    /** A citation cites something that is not a document with a text. */
    UNKNOWN_DOCUMENT,
    /** A citation cites a paragraph number the document does not have. */
    PARAGRAPH_OUT_OF_RANGE,
    /** A quote is not found verbatim in the cited paragraph. */
    QUOTE_NOT_FOUND,
    /** A citation is neither {document, paragraph, quote} nor {reference}. */
    INVALID_CITATION,
    /** A relation has no citation (every relation needs one). */
    CITATION_REQUIRED,
    /** A date property is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
    INVALID_DATE,
    /** A property name is not camelCase, is set by the system, or its value is not a value or a list of one type. */
    INVALID_PROPERTY,
    /** The relation (from, type, to) exists already. */
    DUPLICATE_RELATION,
    /** A name or alias matches another entity's. */
    NAME_COLLISION,
    /** Anything else the seed format refuses (a malformed file, a reference nothing cites). */
    INVALID,
    /** Writes only: the change was based on a version that is no longer current. */
    CONFLICT,
    /** Writes only: nothing with this id exists (it may have been deleted). */
    NOT_FOUND,
    /** Writes only: the entity is still in use (it has relations, or its paragraphs are cited). */
    IN_USE
}
