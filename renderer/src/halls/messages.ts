import { defineMessages } from '../../../shared/i18n/index';

/** The Halls screen: the list of halls and the plan beside it. Part of the app's one catalogue (`ui` in i18n/messages.ts). */
export const hallsMessages = defineMessages(
  {
    hallsTitle: 'Halls',
    colHall: 'Hall',
    colSize: 'Size',
    colElements: 'Elements',
    colSeats: 'Seats',
    sizeMetres: '{width} × {depth} m',
    noHalls: 'This event has no halls yet.',
    selectHall: 'Select a hall to see its plan.',
    fitPlan: 'Fit to window',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    legendFree: 'Free seat',
    legendAssigned: 'Seat assigned',
    legendBlocked: 'Blocked seat',
    legend: 'Legend',
  },
  {
    hallsTitle: 'Hội trường',
    colHall: 'Hội trường',
    colSize: 'Kích thước',
    colElements: 'Thành phần',
    colSeats: 'Chỗ ngồi',
    sizeMetres: '{width} × {depth} m',
    noHalls: 'Sự kiện chưa có hội trường nào.',
    selectHall: 'Chọn một hội trường để xem sơ đồ.',
    fitPlan: 'Vừa khung',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    legendFree: 'Chỗ trống',
    legendAssigned: 'Chỗ đã xếp',
    legendBlocked: 'Chỗ bị khóa',
    legend: 'Chú giải',
  },
);
