package io.kerong.shared.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.deser.DeserializationContextExt;

/**
 * A reader that names the field in which a read limit was hit. Jackson stops at an over-long number while reading the
 * token, before any deserializer runs, so its exception knows no field; the parser still knows where it was.
 */
final class NamingReader extends ObjectReader {

    NamingReader(ObjectReader base) {
        super(base, base.getConfig());
    }

    @Override
    protected Object _bindAndClose(DeserializationContextExt ctxt, JsonParser p) {
        try {
            return super._bindAndClose(ctxt, p);
        } catch (StreamConstraintsException e) {
            throw JsonInput.limitHit(p, e);
        }
    }
}
