/**
 * What an import file is, from its first bytes rather than its name (a workbook renamed .csv is
 * still a workbook). No dependencies: the renderer uses it to choose how to send the file.
 */

// Excel 97–2003 (.xls) files and password-protected workbooks are OLE compound files.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file's first bytes say it is: a zip (an XLSX workbook, or another Office file), an OLE file, or text. */
export function sniffFormat(bytes: Uint8Array): 'xlsx' | 'old-excel' | 'text' {
  if (startsWith(bytes, ZIP_MAGIC)) return 'xlsx';
  if (startsWith(bytes, OLE_MAGIC)) return 'old-excel';
  return 'text';
}
