-- Version 2 on DuckDB: nothing. Columnar scans serve DuckDB's lookups; ART indexes would only slow bulk appends.
SELECT 1;
