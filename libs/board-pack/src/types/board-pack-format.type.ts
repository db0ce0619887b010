import { registerEnumType } from '@nestjs/graphql';
import { BoardPackFormatName } from '../export/board-pack.data';

/** File formats of the board pack. Keys equal values, as GraphQL emits the keys. */
export enum BoardPackFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
  PDF = 'PDF',
}

registerEnumType(BoardPackFormat, {
  name: 'BoardPackFormat',
  description: 'XLSX: a workbook of every table of the board report; CSV: all actions with their figures; PDF: the printable board pack.',
});

export function formatName(format: BoardPackFormat): BoardPackFormatName {
  return format.toLowerCase() as BoardPackFormatName;
}
