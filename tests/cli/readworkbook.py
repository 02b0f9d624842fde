#!/usr/bin/python3
"""A second reader for the workbooks lps writes (issue 14): openpyxl, from Debian's
python3-openpyxl. Prints every sheet as JSON: the cells as written (formulas as text), their
cached values, their types ("s" text, "n" number, "f" formula), the frozen cell and the filter."""
import json
import sys

import openpyxl

path = sys.argv[1]
formulas = openpyxl.load_workbook(path)
values = openpyxl.load_workbook(path, data_only=True)
sheets = {}
for name in formulas.sheetnames:
    written, cached = formulas[name], values[name]
    sheets[name] = {
        "rows": [[cell.value for cell in row] for row in written.iter_rows()],
        "cached": [[cell.value for cell in row] for row in cached.iter_rows()],
        "types": [[cell.data_type for cell in row] for row in written.iter_rows()],
        "freeze": written.freeze_panes,
        "filter": written.auto_filter.ref,
        "format": written.cell(2, 5).number_format if written.max_row > 1 else None,
    }
json.dump({"sheets": formulas.sheetnames, "content": sheets}, sys.stdout, default=str)
