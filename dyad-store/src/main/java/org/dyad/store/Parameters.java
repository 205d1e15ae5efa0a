package org.dyad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/** Binds Java values to statement parameters; nulls go as untyped nulls, which both databases accept. */
final class Parameters {
    private Parameters() {
    }

    static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
        bind(statement, values.toArray());
    }

    static void bind(PreparedStatement statement, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, values[i]);
            }
        }
    }
}
