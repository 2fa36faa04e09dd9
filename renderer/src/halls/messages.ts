import { defineMessages } from '../../../shared/i18n/index';

/** The Halls screen: the list of halls and the plan beside it. Part of the app's one catalogue (`ui` in i18n/messages.ts). */
export const hallsMessages = defineMessages(
  {
    hallsTitle: 'Halls',
    colSize: 'Size',
    colElements: 'Elements',
    colSeats: 'Seats',
    sizeMetres: '{width} × {depth} m',
    selectHall: 'Select a hall to see its plan.',
  },
  {
    hallsTitle: 'Hội trường',
    colSize: 'Kích thước',
    colElements: 'Thành phần',
    colSeats: 'Chỗ ngồi',
    sizeMetres: '{width} × {depth} m',
    selectHall: 'Chọn một hội trường để xem sơ đồ.',
  },
);
