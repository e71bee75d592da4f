// Arabic and English labels; the page starts in Arabic and remembers the reader's choice.
const labels = {
  ar: {
    title: "مرصد", paste: "الصق مقالاً", type: "النوع", actor: "الفاعل", modality: "الصيغة", country: "البلد",
    reviewed: "المراجعة", any: "الكل", reviewed_yes: "روجع", reviewed_no: "لم يراجع", confirmed: "مؤكَّد",
    corrected: "مصحَّح", rejected: "مرفوض", clear_dates: "كل التواريخ", hint: "انقر حدثاً على الخريطة لترى نصه ومصادره.",
    paste_title: "الصق نص مقال لترى أحداثه", published: "تاريخ النشر", store_it: "احفظه في المخزن", extract: "استخرج الأحداث",
    events_shown: (n, total) => `${n} من ${total} حدثاً`, no_location: "بلا موقع على الخريطة",
    actor1: "الفاعل", actor2: "المفعول به", place: "المكان", date: "التاريخ", fatalities: "القتلى", sources: "المصادر",
    confidence: "الثقة", evidence: "الشاهد", attribution: "المصدر المنسوب إليه", reviews: "المراجعات", review: "مراجعة",
    confirm: "تأكيد", reject: "رفض", correct: "تصحيح", reviewer: "المراجع", note: "ملاحظة", save: "احفظ المراجعة",
    place_search: "ابحث عن مكان في المعجم", keep: "— كما هو —", none: "— لا أحد —", token: "رمز الفريق (إن وجد)",
    saved: "حُفظت المراجعة.", failed: "تعذّر الطلب: ", article: "المقال", by: "بقلم", no_events: "لم يُعثر على أحداث.",
    loading: "جارٍ التحميل…", dates: (a, b) => `من ${a} إلى ${b}`, open_url: "الرابط", unknown: "غير معروف",
    modalities: { asserted: "وقع", intended: "مقصود", predicted: "متوقع", possible: "محتمل", negated: "منفي" },
    types: {
      ASSAULT: "هجوم/اشتباك", REMOTE: "قصف/غارة/تفجير", CAPTURE: "سيطرة", WITHDRAW: "انسحاب", MOBILIZE: "حشد",
      BLOCKADE: "قطع طريق/حصار", REOPEN: "فتح طريق/فك حصار", AGREE: "اتفاق/هدنة", ATTACK_CIVILIANS: "عنف ضد المدنيين",
      ARREST: "اعتقال", PROTEST: "احتجاج", SUPPORT: "دعم/مبايعة", AID: "مساعدات/إجلاء", ACCUSE: "اتهام", THREATEN: "تهديد",
    },
  },
  en: {
    title: "Marsad", paste: "Paste an article", type: "Type", actor: "Actor", modality: "Modality", country: "Country",
    reviewed: "Review", any: "Any", reviewed_yes: "Reviewed", reviewed_no: "Not reviewed", confirmed: "Confirmed",
    corrected: "Corrected", rejected: "Rejected", clear_dates: "All dates", hint: "Click an event on the map to see its text and sources.",
    paste_title: "Paste an article's text to see its events", published: "Published", store_it: "Store it", extract: "Extract events",
    events_shown: (n, total) => `${n} of ${total} events`, no_location: "without a place on the map",
    actor1: "Actor", actor2: "Target", place: "Place", date: "Date", fatalities: "Fatalities", sources: "Sources",
    confidence: "Confidence", evidence: "Evidence", attribution: "Attributed to", reviews: "Reviews", review: "Review",
    confirm: "Confirm", reject: "Reject", correct: "Correct", reviewer: "Reviewer", note: "Note", save: "Save review",
    place_search: "Search the gazetteer", keep: "— unchanged —", none: "— none —", token: "Team token (if any)",
    saved: "Review saved.", failed: "Request failed: ", article: "Article", by: "by", no_events: "No events found.",
    loading: "Loading…", dates: (a, b) => `${a} to ${b}`, open_url: "link", unknown: "unknown",
    modalities: { asserted: "asserted", intended: "intended", predicted: "predicted", possible: "possible", negated: "negated" },
    types: {
      ASSAULT: "Assault / clash", REMOTE: "Remote violence", CAPTURE: "Capture", WITHDRAW: "Withdrawal", MOBILIZE: "Mobilization",
      BLOCKADE: "Road cut / siege", REOPEN: "Road reopened", AGREE: "Agreement", ATTACK_CIVILIANS: "Violence against civilians",
      ARREST: "Arrest", PROTEST: "Protest", SUPPORT: "Support", AID: "Aid / evacuation", ACCUSE: "Accusation", THREATEN: "Threat",
    },
  },
};

let lang = localStorage.getItem("marsad.lang") === "en" ? "en" : "ar";
const listeners = [];

export function t(key, ...args) {
  const value = labels[lang][key];
  return typeof value === "function" ? value(...args) : value ?? key;
}

export const typeLabel = (type) => labels[lang].types[type] ?? type;
export const modalityLabel = (m) => labels[lang].modalities[m] ?? m;
export const currentLang = () => lang;

export function onLanguageChange(listener) { listeners.push(listener); }

/** Sets every data-i18n element's text (always as text, never as markup) and the page's direction. */
export function applyLanguage() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  for (const el of document.querySelectorAll("[data-i18n]")) {
    el.textContent = t(el.dataset.i18n);
  }
  document.getElementById("lang").textContent = lang === "ar" ? "English" : "العربية";
  for (const listener of listeners) listener();
}

export function toggleLanguage() {
  lang = lang === "ar" ? "en" : "ar";
  localStorage.setItem("marsad.lang", lang);
  applyLanguage();
}
