import { BoardPackFormat } from '@app/domain';
import { BoardPackFormatName } from '../export/board-pack.data';

/** The file name extension of a board pack format (`XLSX` → `xlsx`). */
export function formatName(format: BoardPackFormat): BoardPackFormatName {
  return format.toLowerCase() as BoardPackFormatName;
}
