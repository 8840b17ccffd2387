import type { CoreMessages } from '../messages.js';

const ar: CoreMessages = {
  loading: 'جارٍ التحميل…',
  retry: 'إعادة المحاولة',
  technicalDetails: 'التفاصيل التقنية',
  errorTitle: 'تعذّر تحميل هذا',
  noAdapter: 'لا يوجد مصدر بيانات متصل. ضع الأداة داخل <pm-provider> مع محوّل، أو اضبط خاصية adapter الخاصة بها.',
  errorNetwork: 'تعذّر الوصول إلى الخادم. تحقق من اتصالك وحاول مرة أخرى.',
  errorInvalidResponse: 'أرسل الخادم بيانات لا تستطيع هذه الأداة قراءتها.',
  errorInvalidRequest: 'لم يُقبل الطلب.',
  errorNotFound: 'لم يُعثر عليه. ربما حُذف.',
  errorForbidden: 'ليس لديك صلاحية الوصول إلى هذا.',
  errorConflict: 'غيّر شخص آخر هذا في هذه الأثناء.',
  errorNotSupported: 'مصدر البيانات المتصل لا يدعم هذه الأداة.',
  errorUnavailable: 'الخدمة غير متاحة الآن. حاول مرة أخرى بعد قليل.',
  outboxWaiting: (count) =>
    `حُفظ على هذا الجهاز — سيُرسل عند عودة الاتصال (${count === 1 ? 'عنصر واحد في الانتظار' : `${count} في الانتظار`}).`,
  outboxMemoryOnly: 'لا يسمح هذا المتصفح للصفحة بحفظه على هذا الجهاز (وضع التصفح الخاص أو التخزين معطّل). أبقِ علامة التبويب هذه مفتوحة حتى يتم الإرسال.',
};

export default ar;
