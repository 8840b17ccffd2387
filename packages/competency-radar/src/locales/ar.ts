import { plural } from '@pm-widgets/core';
import type { RadarMessages } from '../messages.js';

const n = (value: number) => new Intl.NumberFormat('ar').format(value);
const raterCount = (count: number) =>
  plural('ar', count, { one: 'مقيّم واحد', two: 'مقيّمان', few: '# مقيّمين', many: '# مقيّمًا', other: '# مقيّم' });

const ar: RadarMessages = {
  title: 'الكفاءات',
  noPerson: 'اضبط السمة person على معرّف الشخص الذي تُعرض نتائج تقييم 360 الخاصة به.',
  loadErrorTitle: 'تعذّر تحميل نتائج تقييم 360',
  empty: 'لا توجد نتائج تقييم 360 لهذه الدورة بعد. تظهر بعد أن يجيب المقيّمون.',

  seriesSelf: 'الذات',
  seriesManager: 'المدير',
  seriesPeer: 'الزملاء',
  seriesDirectReport: 'المرؤوسون المباشرون',
  seriesOther: 'آخرون',
  seriesOthers: 'المقيّمون مجتمعين',
  seriesTarget: 'المستهدف',
  seriesPrevious: (cycle: string) => `سابقًا: ${cycle}`,
  previousCycle: 'الدورة السابقة',

  legendLabel: 'السلاسل: اضغط للإظهار أو الإخفاء',
  notEnough: (threshold: number) => `ردود غير كافية (أقل من ${n(threshold)})`,
  partlyHidden: (count: number, threshold: number) =>
    `${plural('ar', count, { one: 'مخفي لكفاءة واحدة', two: 'مخفي لكفاءتين', few: 'مخفي لـ# كفاءات', many: 'مخفي لـ# كفاءة', other: 'مخفي لـ# كفاءة' })} (أقل من ${n(threshold)} ردود)`,
  refused: (threshold: number) =>
    `لم يُرسم: أعطت البيانات أقل من ${n(threshold)} مقيّمين لهذه المجموعة المجهولة، ورسمها قد يكشف هويتهم`,
  overallRefused: 'تم استبعاد الرقم المجمّع: مع المجموعات المعروضة قد يكشف مجموعة مخفية.',

  pointLabel: (competency: string, series: string, value: string, max: string, raters: string) => `${competency}، ${series}: ${value} من ${max}${raters}`,
  raters: (count: number) => raterCount(count),
  ratersSuffix: (count: number) => `، ${raterCount(count)}`,
  ofScale: (value: string, max: string) => `${value} من ${max}`,
  pointsLabel: 'نقاط البيانات: استخدم مفاتيح الأسهم للتنقل بينها',

  summaryStrongest: (name: string, value: string) => `الأقوى: ${name} ${value}`,
  summaryWeakest: (name: string, value: string) => `الأضعف: ${name} ${value}`,
  summaryBlindSpot: (name: string, self: string, others: string) => `أكبر نقطة عمياء: ${name}، الذات ${self} مقابل الآخرين ${others}`,
  summaryHiddenStrength: (name: string, self: string, others: string) => `أكبر قوة خفية: ${name}، الذات ${self} مقابل الآخرين ${others}`,
  summarySelfOnly: 'التقييم الذاتي فقط متاح حتى الآن.',
  summaryNone: 'لا توجد درجات بعد.',

  insightsHeading: 'ما يلفت النظر',
  blindSpots: 'النقاط العمياء',
  blindSpotsHelp: (gap: string) => `تقيّم نفسك أعلى بمقدار ${gap} على الأقل مما يقيّمك الآخرون.`,
  hiddenStrengths: 'القوى الخفية',
  hiddenStrengthsHelp: (gap: string) => `يقيّمك الآخرون أعلى بمقدار ${gap} على الأقل مما تقيّم نفسك.`,
  noneFound: 'لا شيء.',
  needsSelf: 'تظهر عند وجود تقييم ذاتي وعدد كافٍ من الردود الأخرى.',
  youVsOthers: (self: string, others: string, difference: string) => `أنت ${self} · الآخرون ${others} (${difference})`,
  strongest: 'الأقوى',
  weakest: 'الأضعف',
  byOthers: (value: string) => `${value} حسب الآخرين`,
  makeFocus: 'اجعل هذا محور تركيزي',
  focusChosen: (name: string) => `${name} هو محور تركيزك.`,

  showTable: 'إظهار الجدول',
  hideTable: 'إخفاء الجدول',
  compareWith: 'قارن مع',
  tableScores: 'الدرجات حسب مجموعة المقيّمين',
  tableDevelopment: 'التطور عبر الدورات',
  competency: 'الكفاءة',
  change: 'التغيير',
  trend: 'الاتجاه',
  trendUp: (value: string) => `ارتفاع ${value}`,
  trendDown: (value: string) => `انخفاض ${value}`,
  trendFlat: 'بلا تغيير',
  current: (cycle: string) => `${cycle} (الآن)`,
  currentCycle: 'هذه الدورة',
  cellHidden: (threshold: number) => `مخفي (أقل من ${n(threshold)})`,
  cellNone: 'بلا درجة',

  tooFew: (count: number) =>
    `يحتاج المخطط الراداري إلى 3 كفاءات على الأقل؛ هذا الملف يحتوي على ${n(count)}. تُعرض الدرجات كأشرطة وفي الجدول.`,
  tooMany: (count: number, max: number) =>
    `${n(count)} كفاءة أكثر من أن تُقرأ في مخطط راداري (${n(max)} على الأكثر). تُعرض في الجدول بدلًا من ذلك.`,
  outOfScale: (count: number, min: string, max: string) =>
    `${plural('ar', count, { one: 'رقم واحد', two: 'رقمان', few: '# أرقام', many: '# رقمًا', other: '# رقم' })} خارج المقياس ${min}–${max} وتم استبعاده.`,
  duplicates: (names: string) => `الكفاءات المدرجة مرتين عُرضت مرة واحدة: ${names}.`,
  badScale: 'مقياس التقييم لهذه النتائج غير صالح، لذا لا يمكن رسم شيء.',
};

export default ar;
