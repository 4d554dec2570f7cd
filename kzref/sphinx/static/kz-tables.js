/* kzref tables: every <table class="kz-sortable"> becomes sortable and filterable.
 *
 * The sorting and filtering are simple-datatables' (vendor/simple-datatables,
 * LGPL-3.0, see the README there); this file only finds the tables and words
 * the controls.  Without JavaScript, or when the library is missing, a table
 * stays a plain, complete table: nothing is hidden before the library takes over.
 */
(function () {
  "use strict";

  function rowCount(table) {
    var count = 0;
    for (var i = 0; i < table.tBodies.length; i += 1) {
      count += table.tBodies[i].rows.length;
    }
    return count;
  }

  function enhance(table) {
    if (table.classList.contains("datatable-table") || !table.tHead) {
      return; // already enhanced, or no header row to sort by
    }
    var total = rowCount(table);
    var dataTable = new window.simpleDatatables.DataTable(table, {
      paging: false,
      perPageSelect: false,
      searchable: true,
      sortable: true,
      fixedColumns: false,
      labels: {
        placeholder: "Type to filter rows",
        searchTitle: "Filter the rows of this table",
        searchLabel: "Filter",
        noRows: "No rows",
        noResults: "No row matches the filter",
        sortHint: "Activate to sort by this column"
      }
    });
    // A live count, so that a screen reader hears what a filter left.
    var status = document.createElement("p");
    status.className = "kz-table-status";
    status.setAttribute("role", "status");
    status.textContent = total + " rows";
    dataTable.wrapperDOM.insertBefore(status, dataTable.containerDOM);
    dataTable.on("datatable.search", function (query, matched) {
      status.textContent = query
        ? matched.length + " of " + total + " rows match “" + query + "”"
        : total + " rows";
    });
  }

  function enhanceAll() {
    if (!window.simpleDatatables) {
      return;
    }
    var tables = document.querySelectorAll("table.kz-sortable");
    for (var i = 0; i < tables.length; i += 1) {
      enhance(tables[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", enhanceAll);
  } else {
    enhanceAll();
  }
})();
