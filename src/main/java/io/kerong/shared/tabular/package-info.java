/**
 * Tabular files for bulk data (批量数据文件): streaming CSV (UTF-8 or GBK) and .xlsx readers, the charset and
 * checksum of an upload, PostgreSQL COPY lines, a spool for the problems of a rejected file and the downloadable
 * error report (row, column, value, reason). Used by every bulk import.
 */
package io.kerong.shared.tabular;
