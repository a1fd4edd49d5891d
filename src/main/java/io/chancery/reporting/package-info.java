/**
 * Reporting: dashboards and Excel exports across the other modules.
 *
 * <p>Reports and list exports are read-only aggregate SQL over the other modules' tables
 * (documents, customers, user_task, rental, purchase_order, process_instance …), run through
 * {@code JdbcClient}, always filtered by the caller's company. Reading another module's tables
 * directly is deliberate here: reports aggregate across modules at a size (a million documents)
 * where loading entities through each module's services would not do. Reporting never writes to
 * those tables. Where a module offers a report of its own ({@code PurchasingReport}), that is used.
 *
 * <p>A report is one {@code Report} bean; a list export is one {@code ListExport}; both plug into
 * the same Excel writer (Apache POI SXSSF, streaming).
 */
package io.chancery.reporting;
