import { plural } from '@pm-widgets/core';
import type { SurveyMessages } from '../messages.js';

const n = (value: number) => new Intl.NumberFormat('ar').format(value);

const ar: SurveyMessages = {
  noAssignment: 'اضبط السمة assignment على معرّف مهمة الاستبيان المطلوب الإجابة عنها.',
  loadErrorTitle: 'تعذّر تحميل الاستبيان',
  partLoadFailed: 'تعذّر تحميل هذا الجزء من الاستبيان',
  badDataTitle: 'لا يمكن عرض هذا الاستبيان',
  badData: (detail: string) => `بيانات الاستبيان غير صالحة (${detail}). اطلب من مالك الاستبيان التحقق منها.`,
  duplicateId: (id: string) => `سؤالان يشتركان في المعرّف «${id}»، لذا تعذّر التمييز بين إجابتيهما. اطلب من مالك الاستبيان إصلاحه.`,
  badScale: (range: string) => `مقياس التقييم (${range}) لا يحتوي على نقاط للاختيار. اطلب من مالك الاستبيان إصلاحه.`,
  tooManyPoints: (points: string) => `مقياس التقييم يحتوي على ${points} نقطة؛ يمكن عرض 11 على الأكثر. اطلب من مالك الاستبيان إصلاحه.`,
  noQuestionsTitle: 'لا شيء للإجابة عنه بعد',
  noQuestions: 'لا يحتوي هذا الاستبيان على أسئلة. لا يوجد ما تملؤه؛ يمكنك إغلاقه.',

  relationSelf: 'هذا تقييمك الذاتي.',
  relationManager: (name: string) => `أنت تقدّم ملاحظات لمرؤوسك المباشر، ${name}.`,
  relationPeer: (name: string) => `أنت تقدّم ملاحظات لزميلك، ${name}.`,
  relationDirectReport: (name: string) => `أنت تقدّم ملاحظات تصاعدية لمديرك، ${name}.`,
  relationOther: (name: string) => `أنت تقدّم ملاحظات إلى ${name}، شخص تعمل معه.`,
  aboutSubject: 'عن',

  confidentialityHeading: 'من يرى إجاباتك',
  confidentialSelf: (_name: string) =>
    'تظهر إجاباتك في نتائجك بوصفها رأيك الخاص، بجانب رأي الآخرين فيك. إنها ليست مجهولة، ولا تعليقاتك كذلك.',
  confidentialManager: (name: string) =>
    `تُعرض إجاباتك على ${name} كما هي، بوصفها رأي مديره — دون دمجها مع إجابات أي شخص آخر. وكذلك تعليقاتك، مع دورك.`,
  confidentialGroup: (name: string, group: string, threshold: number) =>
    `تُعرض إجابات ${group} على ${name} كمتوسط للمجموعة فقط، وفقط عندما يجيب ${n(threshold)} على الأقل من ${group}؛ وإلا تُدمج مع مجموعات صغيرة أخرى أو لا تُعرض إطلاقًا. تتبع التعليقات القاعدة نفسها ولا تحمل اسمك أبدًا.`,
  confidentialGroupOfOne: (name: string, group: string) =>
    `تُعرض إجابات ${group} على ${name} كمتوسط للمجموعة حتى عندما يجيب شخص واحد فقط، لذا قد يتمكن ${name} من تمييز إجاباتك. تتبع التعليقات القاعدة نفسها.`,
  groupPeer: 'الزملاء',
  groupDirectReport: 'المرؤوسين المباشرين',
  groupOther: 'زملاء العمل الآخرين',

  due: (date: string) => `الاستحقاق ${date}`,
  pastDue: (date: string) => `كان موعد هذا الاستبيان ${date}. لا يزال بإمكانك إرساله.`,
  progress: (answered: number, required: number) => `تمت الإجابة عن ${n(answered)} من ${n(required)} من الأسئلة المطلوبة`,
  progressNone: 'لا توجد أسئلة مطلوبة',
  pageOf: (page: number, pages: number) => `القسم ${n(page)} من ${n(pages)}`,
  next: 'التالي',
  back: 'السابق',
  required: 'مطلوب',
  notApplicable: 'لا ينطبق',
  notApplicableLong: 'لا أستطيع التحديد',
  characters: (count: string, limit: string) => `${count} / ${limit} حرف`,
  chooseOne: 'اختر واحدًا.',
  chooseAny: 'اختر كل ما ينطبق.',
  unknownKind: (kind: string) =>
    `هذا السؤال («${kind}») يحتاج إلى إصدار أحدث من هذا النموذج ولا يمكن الإجابة عنه هنا. يمكنك تخطيه؛ لا يُحتسب في تقدمك.`,

  ratingMissing: 'اختر تقييمًا، أو «لا ينطبق» إن لم تستطع التحديد.',
  ratingMissingNoNA: 'اختر تقييمًا.',
  textMissing: 'اكتب إجابة.',
  choiceMissing: 'اختر إجابة.',
  errorSummary: (count: number) =>
    plural('ar', count, {
      one: 'سؤال واحد يحتاج إلى إجابة',
      two: 'سؤالان يحتاجان إلى إجابة',
      few: '# أسئلة تحتاج إلى إجابة',
      many: '# سؤالًا تحتاج إلى إجابة',
      other: '# سؤال تحتاج إلى إجابة',
    }),
  errorSummaryHelp: 'أجب عنها، ثم أرسل مرة أخرى.',

  submit: 'إرسال الملاحظات',
  submitting: 'جارٍ الإرسال…',
  submitFailed: 'لم تُرسل إجاباتك. لم يضع شيء — إنها محفوظة هنا وعلى هذا الجهاز. حاول مرة أخرى.',
  tryAgain: 'حاول مرة أخرى',
  statusSaved: 'تم الحفظ',
  statusSaving: 'جارٍ الحفظ…',
  statusOffline: 'غير متصل — محفوظ على هذا الجهاز',
  statusRetrying: 'لم يُحفظ — جارٍ إعادة المحاولة',
  statusFailed: 'لم يُحفظ — محفوظ على هذا الجهاز',
  restored: (time: string) => `تمت استعادة الإجابات المحفوظة على هذا الجهاز في ${time}. كانت أحدث من النسخة على الخادم.`,
  dropped: (count: number) =>
    plural('ar', count, {
      one: 'إجابة واحدة من مسودتك المحفوظة لم تعد تناسب هذا الاستبيان (تغيّر السؤال أو حُذف) فتم استبعادها.',
      two: 'إجابتان من مسودتك المحفوظة لم تعودا تناسبان هذا الاستبيان (تغيّرت الأسئلة أو حُذفت) فتم استبعادهما.',
      few: '# إجابات من مسودتك المحفوظة لم تعد تناسب هذا الاستبيان (تغيّرت الأسئلة أو حُذفت) فتم استبعادها.',
      many: '# إجابة من مسودتك المحفوظة لم تعد تناسب هذا الاستبيان (تغيّرت الأسئلة أو حُذفت) فتم استبعادها.',
      other: '# إجابة من مسودتك المحفوظة لم تعد تناسب هذا الاستبيان (تغيّرت الأسئلة أو حُذفت) فتم استبعادها.',
    }),
  dismiss: 'إغلاق التنبيه',

  thanksHeading: 'شكرًا لك — أُرسلت ملاحظاتك',
  thanksText: (name: string) => `سيراها ${name} مع بقية ملاحظات هذه الجولة، كما هو موضح أعلاه.`,
  thanksSelf: 'تم استلام تقييمك الذاتي. ستراه بجانب رأي الآخرين فيك.',
  submittedNotice: (date: string) => `أرسلت هذا الاستبيان في ${date}. شكرًا لك — لم يعد بالإمكان تغيير الإجابات.`,
  submittedNoticeNoDate: 'لقد أرسلت هذا الاستبيان. شكرًا لك — لم يعد بالإمكان تغيير الإجابات.',
  closedNotice: 'هذا الاستبيان مغلق. لم يعد يقبل إجابات.',
};

export default ar;
