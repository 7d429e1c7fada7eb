<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>Catalogue the photographs in a folder</source>
        <translation>فهرسة صور مجلد</translation>
    </message>
    <message>
        <source>&amp;Duplicates…</source>
        <translation>الصور المكررة…</translation>
    </message>
    <message>
        <source>Exact and near copies, reviewed side by side</source>
        <translation>النسخ المطابقة والمتقاربة، جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Import spreadsheet…</source>
        <translation>استيراد &amp;جدول…</translation>
    </message>
    <message>
        <source>Captions, dates and themes from a CSV or Excel file, previewed before anything changes</source>
        <translation>التعليقات والتواريخ والمواضيع من ملف CSV أو Excel، مع معاينة قبل أي تغيير</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>The photographs on a timeline</source>
        <translation>الصور على خط زمني</translation>
    </message>
    <message>
        <source>&amp;Contact sheet</source>
        <translation>لوحة الصور</translation>
    </message>
    <message>
        <source>The photographs as a grid, in date order</source>
        <translation>الصور في شبكة، مرتبة حسب التاريخ</translation>
    </message>
    <message>
        <source>&amp;Full view</source>
        <translation>عرض كامل</translation>
    </message>
    <message>
        <source>The selected photograph at screen size</source>
        <translation>الصورة المختارة بحجم الشاشة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Show the whole archive</source>
        <translation>عرض الأرشيف كاملا</translation>
    </message>
    <message>
        <source>First photograph</source>
        <translation>الصورة الأولى</translation>
    </message>
    <message>
        <source>Last photograph</source>
        <translation>الصورة الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Previous photograph</source>
        <translation>الصورة السابقة</translation>
    </message>
    <message>
        <source>&amp;Next photograph</source>
        <translation>الصورة التالية</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>بحث…</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>Filters &amp;panel</source>
        <translation>لوحة التصفية</translation>
    </message>
    <message>
        <source>&amp;Caption panel</source>
        <translation>لوحة الشرح</translation>
    </message>
    <message>
        <source>Index &amp;problems</source>
        <translation>مشاكل الفهرسة</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>&amp;Present from this photograph</source>
        <translation>&amp;اعرض ابتداءً من هذه الصورة</translation>
    </message>
    <message>
        <source>Show the photographs of the filter to a room, in time order</source>
        <translation>اعرض صور التصفية على القاعة بترتيبها الزمني</translation>
    </message>
    <message>
        <source>Present from the &amp;beginning</source>
        <translation>اعرض من ال&amp;بداية</translation>
    </message>
    <message>
        <source>&amp;Tours</source>
        <translation>&amp;الجولات</translation>
    </message>
    <message>
        <source>Build a tour for a talk: slides, order, notes</source>
        <translation>إعداد جولة لعرض: الشرائح والترتيب والملاحظات</translation>
    </message>
    <message>
        <source>New &amp;tour from selection…</source>
        <translation>&amp;جولة جديدة من المختارة…</translation>
    </message>
    <message>
        <source>A tour of the selected photographs, in their order</source>
        <translation>جولة بالصور المختارة، بترتيبها</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>اللوحة التالية</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Photobook</source>
        <translation>حول Photobook</translation>
    </message>
    <message>
        <source>&amp;Edit record…</source>
        <translation>&amp;تعديل البطاقة…</translation>
    </message>
    <message>
        <source>Edit the selected photograph&apos;s record</source>
        <translation>تعديل بطاقة الصورة المختارة</translation>
    </message>
    <message>
        <source>&amp;Themes…</source>
        <translation>ال&amp;مواضيع…</translation>
    </message>
    <message>
        <source>Add, rename, move, merge and delete themes</source>
        <translation>إضافة المواضيع وإعادة تسميتها ونقلها ودمجها وحذفها</translation>
    </message>
    <message>
        <source>&amp;Places…</source>
        <translation>الأ&amp;ماكن…</translation>
    </message>
    <message>
        <source>Add, rename, locate, merge and delete places</source>
        <translation>إضافة الأماكن وإعادة تسميتها وتحديد موقعها ودمجها وحذفها</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>عرض الكل</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>لوحة الصور</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>إضافة مجلد…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة</translation>
    </message>
    <message>
        <source>Previous / next decade (timeline)</source>
        <translation>العقد السابق / التالي (الخط الزمني)</translation>
    </message>
    <message>
        <source>Move through time (timeline)</source>
        <translation>التنقل عبر الزمن (الخط الزمني)</translation>
    </message>
    <message>
        <source>Zoom the timeline in / out</source>
        <translation>تكبير / تصغير الخط الزمني</translation>
    </message>
    <message>
        <source>Previous / next photograph (full view)</source>
        <translation>الصورة السابقة / التالية (العرض الكامل)</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Status: unchanged</source>
        <translation>الحالة: دون تغيير</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Theme…</source>
        <translation>موضوع…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Apply to all</source>
        <translation>تطبيق على الكل</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Value for all…</source>
        <translation>قيمة للجميع…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>المصور</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>اللوحة / الصفحة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) selected</source>
        <translation>
            <numerusform>لا صور مختارة</numerusform>
            <numerusform>صورة واحدة مختارة</numerusform>
            <numerusform>صورتان مختارتان</numerusform>
            <numerusform>%n صور مختارة</numerusform>
            <numerusform>%n صورة مختارة</numerusform>
            <numerusform>%n صورة مختارة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>لا شيء للتغيير.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) will change: </source>
        <translation>
            <numerusform>لن تتغير أي صورة: </numerusform>
            <numerusform>ستتغير صورة واحدة: </numerusform>
            <numerusform>ستتغير صورتان: </numerusform>
            <numerusform>ستتغير %n صور: </numerusform>
            <numerusform>ستتغير %n صورة: </numerusform>
            <numerusform>ستتغير %n صورة: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) changed by someone else since the preview: nothing was applied. The preview now shows them as they are; apply again to go on.</source>
        <translation>
            <numerusform>لم يعدّل أحد أي صورة منذ المعاينة.</numerusform>
            <numerusform>عدّل شخص آخر صورة واحدة منذ المعاينة: لم يُطبَّق شيء. تعرضها المعاينة الآن كما هي؛ طبّق مجددًا للمتابعة.</numerusform>
            <numerusform>عدّل شخص آخر صورتين منذ المعاينة: لم يُطبَّق شيء. تعرضهما المعاينة الآن كما هما؛ طبّق مجددًا للمتابعة.</numerusform>
            <numerusform>عدّل شخص آخر %n صور منذ المعاينة: لم يُطبَّق شيء. تعرضها المعاينة الآن كما هي؛ طبّق مجددًا للمتابعة.</numerusform>
            <numerusform>عدّل شخص آخر %n صورة منذ المعاينة: لم يُطبَّق شيء. تعرضها المعاينة الآن كما هي؛ طبّق مجددًا للمتابعة.</numerusform>
            <numerusform>عدّل شخص آخر %n صورة منذ المعاينة: لم يُطبَّق شيء. تعرضها المعاينة الآن كما هي؛ طبّق مجددًا للمتابعة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Reign</source>
        <translation>العهد</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>المصور</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>اللوحة / الصفحة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Select a photograph on the timeline</source>
        <translation>اختر صورة على الخط الزمني</translation>
    </message>
    <message>
        <source>The archive is empty.
“Add folder…” (Ctrl+O) catalogues a folder of photographs.</source>
        <translation>الأرشيف فارغ.
«إضافة مجلد…» (Ctrl+O) يفهرس مجلد صور.</translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation>لا توجد صورة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Indexing…</source>
        <translation>جارٍ الفهرسة…</translation>
    </message>
    <message>
        <source>No caption in this language yet: shown in another language</source>
        <translation>لا يوجد شرح بهذه اللغة بعد: معروض بلغة أخرى</translation>
    </message>
    <message>
        <source>hidden by the filters</source>
        <translation>خارج نتائج التصفية</translation>
    </message>
    <message>
        <source>The filters hide this photograph: it is not among the results.</source>
        <translation>عوامل التصفية تخفي هذه الصورة: ليست ضمن النتائج.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بدون عنوان</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>End of the presentation</source>
        <translation>نهاية العرض</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>التالية: %1</translation>
    </message>
    <message>
        <source>(black screen)</source>
        <translation>(شاشة سوداء)</translation>
    </message>
    <message>
        <source>(white screen)</source>
        <translation>(شاشة بيضاء)</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>لا ملاحظات لهذه الشريحة.</translation>
    </message>
    <message>
        <source>Time left until %1</source>
        <translation>الوقت المتبقي حتى %1</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>Time since the start</source>
        <translation>الوقت منذ البداية</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>في الوقت المحدد</translation>
    </message>
    <message>
        <source>%1 ahead: slow down</source>
        <translation>متقدم بـ %1: تمهّل</translation>
    </message>
    <message>
        <source>%1 behind: speed up</source>
        <translation>متأخر بـ %1: أسرع</translation>
    </message>
</context>
<context>
    <name>DateRefusal</name>
    <message>
        <source>“%1” is not a date photobook understands.</source>
        <extracomment>Why a date typed by the archivist is refused; %1 is that date (as typed, or as EDTF: 1985-06-31).</extracomment>
        <translation>«%1» ليس تاريخًا يفهمه photobook.</translation>
    </message>
    <message>
        <source>“%1”: this date cannot be read.</source>
        <translation>«%1»: تتعذّر قراءة هذا التاريخ.</translation>
    </message>
    <message>
        <source>“%1”: the interval ends before it starts.</source>
        <translation>«%1»: تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
        <source>“%1”: before the invention of photography.</source>
        <translation>«%1»: قبل اختراع التصوير الفوتوغرافي.</translation>
    </message>
    <message>
        <source>“%1”: in the future.</source>
        <translation>«%1»: في المستقبل.</translation>
    </message>
    <message>
        <source>“%1”: ends in the future.</source>
        <translation>«%1»: تنتهي في المستقبل.</translation>
    </message>
    <message>
        <source>“%1”: there is no such day.</source>
        <translation>«%1»: لا وجود لهذا اليوم.</translation>
    </message>
    <message>
        <source>“%1”: there is no such year.</source>
        <translation>«%1»: لا وجود لهذه السنة.</translation>
    </message>
    <message>
        <source>“%1” has no definite bounds (open intervals are not supported).</source>
        <translation>«%1» بلا حدود محددة (الفترات المفتوحة غير مدعومة).</translation>
    </message>
    <message>
        <source>There is no date to reshape: type one first.</source>
        <translation>لا يوجد تاريخ لإعادة صياغته: اكتب تاريخًا أولًا.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Looking for duplicates…</source>
        <translation>جارٍ البحث عن الصور المكررة…</translation>
    </message>
    <message>
        <source>exact copies</source>
        <translation>نسخ مطابقة</translation>
    </message>
    <message>
        <source>near copies</source>
        <translation>نسخ متقاربة</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>لم يُعثر على صور مكررة.</translation>
    </message>
    <message>
        <source>the same file</source>
        <translation>الملف نفسه</translation>
    </message>
    <message numerus="yes">
        <source>Group %1 · %2 · %Ln photographs</source>
        <translation>
            <numerusform>المجموعة %1 · %2 · لا صور</numerusform>
            <numerusform>المجموعة %1 · %2 · صورة واحدة</numerusform>
            <numerusform>المجموعة %1 · %2 · صورتان</numerusform>
            <numerusform>المجموعة %1 · %2 · %Ln صور</numerusform>
            <numerusform>المجموعة %1 · %2 · %Ln صورة</numerusform>
            <numerusform>المجموعة %1 · %2 · %Ln صورة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of duplicates</source>
        <translation>
            <numerusform>لا مجموعات من الصور المكررة</numerusform>
            <numerusform>مجموعة واحدة من الصور المكررة</numerusform>
            <numerusform>مجموعتان من الصور المكررة</numerusform>
            <numerusform>%Ln مجموعات من الصور المكررة</numerusform>
            <numerusform>%Ln مجموعة من الصور المكررة</numerusform>
            <numerusform>%Ln مجموعة من الصور المكررة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photographs were compared by content only (no perceptual hash yet).</source>
        <translation>
            <numerusform>لم تُقارن أي صورة بمحتواها فقط.</numerusform>
            <numerusform>صورة واحدة قورنت بمحتواها فقط (لا بصمة إدراكية لها بعد).</numerusform>
            <numerusform>صورتان قورنتا بمحتواهما فقط (لا بصمة إدراكية لهما بعد).</numerusform>
            <numerusform>%Ln صور قورنت بمحتواها فقط (لا بصمة إدراكية لها بعد).</numerusform>
            <numerusform>%Ln صورة قورنت بمحتواها فقط (لا بصمة إدراكية لها بعد).</numerusform>
            <numerusform>%Ln صورة قورنت بمحتواها فقط (لا بصمة إدراكية لها بعد).</numerusform>
        </translation>
    </message>
    <message>
        <source>the same picture</source>
        <translation>الصورة نفسها</translation>
    </message>
    <message numerus="yes">
        <source>%Ln bits apart</source>
        <translation>
            <numerusform>بلا فرق</numerusform>
            <numerusform>فرق بت واحد</numerusform>
            <numerusform>فرق بتّين</numerusform>
            <numerusform>فرق %Ln بتات</numerusform>
            <numerusform>فرق %Ln بتًا</numerusform>
            <numerusform>فرق %Ln بت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln duplicates</source>
        <translation>
            <numerusform>دمج</numerusform>
            <numerusform>دمج نسخة مكررة واحدة</numerusform>
            <numerusform>دمج نسختين مكررتين</numerusform>
            <numerusform>دمج %Ln نسخ مكررة</numerusform>
            <numerusform>دمج %Ln نسخة مكررة</numerusform>
            <numerusform>دمج %Ln نسخة مكررة</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done: the merge cannot be undone, the record kept (no. %1) was changed by someone else since.</source>
        <translation>لم يتم: لا يمكن التراجع عن الدمج، فقد عدّل شخص آخر السجل المحتفظ به (رقم %1) منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>لم يتم: %1</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>الصور المكررة</translation>
    </message>
    <message>
        <source>&amp;Merge into the record kept</source>
        <translation>دمج في البطاقة المحتفظ بها</translation>
    </message>
    <message>
        <source>The record kept takes the other files and the captions, themes and date it lacks</source>
        <translation>تأخذ البطاقة المحتفظ بها الملفات الأخرى، والتعليقات والمواضيع والتاريخ التي تنقصها</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>ليست مكررة</translation>
    </message>
    <message>
        <source>These photographs will not be proposed together again</source>
        <translation>لن تُقترح هذه الصور معًا مرة أخرى</translation>
    </message>
</context>
<context>
    <name>EditRefusal</name>
    <message>
        <source>%1: a NUL character cannot be saved.</source>
        <translation>%1: لا يمكن حفظ الحرف NUL.</translation>
    </message>
    <message>
        <source>%1: a broken character (a lone surrogate) cannot be saved.</source>
        <translation>%1: لا يمكن حفظ حرف غير صالح (بديل منفرد).</translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; a one-line field takes none.</source>
        <translation>%1: حرف تحكم (%2) في الموضع %3؛ لا يقبل حقل السطر الواحد أي حرف تحكم.</translation>
    </message>
    <message>
        <source>%1: a control character (%2) at position %3; only tabs and line breaks are allowed.</source>
        <translation>%1: حرف تحكم (%2) في الموضع %3؛ لا يُسمح إلا بعلامات الجدولة وفواصل الأسطر.</translation>
    </message>
    <message>
        <source>“%2” is not a status (draft, reviewed or published).</source>
        <translation>«%2» ليست حالة معروفة (مسودة، تمت المراجعة، منشور).</translation>
    </message>
    <message>
        <source>“%2” is not a language of the catalog (French, Arabic, English).</source>
        <translation>«%2» ليست من لغات الفهرس (الفرنسية، العربية، الإنجليزية).</translation>
    </message>
    <message>
        <source>“%2” is not a field of the record.</source>
        <translation>«%2» ليس حقلًا من حقول البطاقة.</translation>
    </message>
    <message>
        <source>There is no theme “%2” any more: it was deleted in another window. Nothing was saved.</source>
        <translation>لم يعد الموضوع «%2» موجودًا: حُذف في نافذة أخرى. لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>“%2” cannot be cleared.</source>
        <translation>لا يمكن مسح «%2».</translation>
    </message>
    <message>
        <source>The status cannot be cleared: set it (draft, reviewed or published).</source>
        <translation>لا يمكن مسح الحالة: اختر حالة (مسودة، تمت المراجعة، منشور).</translation>
    </message>
    <message>
        <source>“%2” is not a source of dates.</source>
        <translation>«%2» ليس مصدرًا للتواريخ.</translation>
    </message>
    <message>
        <source>The theme “%2” is both added and removed: choose one.</source>
        <translation>الموضوع «%2» مضاف ومُزال في آن واحد: اختر أحدهما.</translation>
    </message>
    <message>
        <source>%1: a number of degrees from −%3 to %3, not “%2”.</source>
        <translation>%1: عدد من الدرجات بين −%3 و%3، لا «%2».</translation>
    </message>
    <message>
        <source>%1: a number is expected.</source>
        <translation>%1: يجب أن تكون القيمة عددًا.</translation>
    </message>
    <message>
        <source>%1: text is expected.</source>
        <translation>%1: يجب أن تكون القيمة نصًّا.</translation>
    </message>
    <message>
        <source>This photograph is no longer in the catalog (removed in another window): nothing was saved.</source>
        <translation>لم تعد هذه الصورة في الفهرس (أُزيلت في نافذة أخرى): لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>A tour needs a title.</source>
        <translation>تحتاج الجولة إلى عنوان.</translation>
    </message>
    <message>
        <source>A slide stays from 1 second to 24 hours.</source>
        <translation>تُعرض الشريحة من ثانية واحدة إلى 24 ساعة.</translation>
    </message>
    <message>
        <source>There is already a tour called “%2”.</source>
        <translation>توجد جولة بعنوان «%2» من قبل.</translation>
    </message>
    <message>
        <source>“%2” is not a transition (cut or fly).</source>
        <translation>«%2» ليس انتقالًا معروفًا (قطع أو تحليق).</translation>
    </message>
    <message>
        <source>A photograph of this tour is no longer in the catalog (removed in another window): nothing was changed.</source>
        <translation>لم تعد إحدى صور هذه الجولة في الفهرس (أُزيلت في نافذة أخرى): لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The catalog cannot be written here (it is read-only): nothing was saved.</source>
        <translation>لا يمكن الكتابة في الفهرس هنا (للقراءة فقط): لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The disk holding the catalog is full: nothing was saved.</source>
        <translation>القرص الذي يحمل الفهرس ممتلئ: لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The catalog is damaged: nothing was saved. Restore the last backup.</source>
        <translation>الفهرس تالف: لم يُحفظ شيء. استرجع آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Title</source>
        <extracomment>The fields a refusal names (the editor&apos;s own words for them); &quot;%1 (%2)&quot; adds the language.</extracomment>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>المصور</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>اللوحة / الصفحة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Tour title</source>
        <translation>عنوان الجولة</translation>
    </message>
    <message>
        <source>Slide notes</source>
        <translation>ملاحظات الشريحة</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln character(s) long; at most %2.</source>
        <translation>
            <numerusform>%1: لا أحرف فيه؛ الحد الأقصى %2.</numerusform>
            <numerusform>%1: حرف واحد؛ الحد الأقصى %2.</numerusform>
            <numerusform>%1: حرفان؛ الحد الأقصى %2.</numerusform>
            <numerusform>%1: %Ln أحرف؛ الحد الأقصى %2.</numerusform>
            <numerusform>%1: %Ln حرفًا؛ الحد الأقصى %2.</numerusform>
            <numerusform>%1: %Ln حرف؛ الحد الأقصى %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) changed by someone else since they were read: nothing was saved.</source>
        <translation>
            <numerusform>لم يعدّل أحد أي صورة منذ قراءتها.</numerusform>
            <numerusform>عدّل شخص آخر صورة واحدة منذ قراءتها: لم يُحفظ شيء.</numerusform>
            <numerusform>عدّل شخص آخر صورتين منذ قراءتهما: لم يُحفظ شيء.</numerusform>
            <numerusform>عدّل شخص آخر %Ln صور منذ قراءتها: لم يُحفظ شيء.</numerusform>
            <numerusform>عدّل شخص آخر %Ln صورة منذ قراءتها: لم يُحفظ شيء.</numerusform>
            <numerusform>عدّل شخص آخر %Ln صورة منذ قراءتها: لم يُحفظ شيء.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tour has %Ln slide(s) now: it was changed in another window. Nothing was changed.</source>
        <translation>
            <numerusform>لم تعد الجولة تضم أي شريحة: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
            <numerusform>أصبحت الجولة تضم شريحة واحدة: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
            <numerusform>أصبحت الجولة تضم شريحتين: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
            <numerusform>أصبحت الجولة تضم %Ln شرائح: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
            <numerusform>أصبحت الجولة تضم %Ln شريحة: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
            <numerusform>أصبحت الجولة تضم %Ln شريحة: عُدّلت في نافذة أخرى. لم يتغير شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Photographer</source>
        <translation>المصور</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>الحقوق</translation>
    </message>
    <message>
        <source>Plate / page</source>
        <translation>اللوحة / الصفحة</translation>
    </message>
    <message>
        <source>Notes (internal)</source>
        <translation>ملاحظات (داخلية)</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing of yours was saved. Their version, and yours:</source>
        <translation>حفظ شخص آخر هذه الصورة في الأثناء: لم يُحفظ شيء مما كتبته. نسخته ونسختك:</translation>
    </message>
    <message>
        <source>Exact day</source>
        <translation>اليوم بالضبط</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>الشهر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Circa</source>
        <translation>حوالي</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>العقد</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>فترة</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>Quick picks (Alt+Down)</source>
        <translation>اختيارات سريعة (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>All themes (Alt+Down)</source>
        <translation>كل المواضيع (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>Show the conflict</source>
        <translation>عرض التعارض</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على نسخته</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>حفظ اختياري</translation>
    </message>
    <message>
        <source>1985, vers 1985, juin 1985, années 80, 1984/1986…</source>
        <translation>1985، حوالي 1985، يونيو 1985، الثمانينيات، 1984/1986…</translation>
    </message>
    <message>
        <source>Add a theme…</source>
        <translation>إضافة موضوع…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>المكان %1</translation>
    </message>
    <message>
        <source>No theme called “%1”</source>
        <translation>لا يوجد موضوع باسم «%1»</translation>
    </message>
    <message>
        <source>Themes %1</source>
        <translation>المواضيع %1</translation>
    </message>
    <message>
        <source>Remove this theme</source>
        <translation>إزالة هذا الموضوع</translation>
    </message>
    <message>
        <source>Select a photograph to edit its record</source>
        <translation>اختر صورة لتعديل بطاقتها</translation>
    </message>
    <message>
        <source>Digitised %1</source>
        <translation>رُقمنت في %1</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>المراجعة %1</translation>
    </message>
    <message>
        <source>No change recorded yet.</source>
        <translation>لا تعديلات مسجلة بعد.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Someone else saved this photograph meanwhile: nothing was saved.</source>
        <translation>حفظ شخص آخر هذه الصورة في الأثناء: لم يُحفظ شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) you left with Ctrl+Enter: someone else saved it meanwhile, and your changes were not saved.</source>
        <translation>
            <numerusform>لا صور تركتها بـ ⁦Ctrl+Enter⁩ حفظها شخص آخر.</numerusform>
            <numerusform>صورة واحدة تركتها بـ ⁦Ctrl+Enter⁩ كان شخص آخر قد حفظها في الأثناء: لم تُحفظ تعديلاتك عليها.</numerusform>
            <numerusform>صورتان تركتهما بـ ⁦Ctrl+Enter⁩ كان شخص آخر قد حفظهما في الأثناء: لم تُحفظ تعديلاتك عليهما.</numerusform>
            <numerusform>%n صور تركتها بـ ⁦Ctrl+Enter⁩ كان شخص آخر قد حفظها في الأثناء: لم تُحفظ تعديلاتك عليها.</numerusform>
            <numerusform>%n صورة تركتها بـ ⁦Ctrl+Enter⁩ كان شخص آخر قد حفظها في الأثناء: لم تُحفظ تعديلاتك عليها.</numerusform>
            <numerusform>%n صورة تركتها بـ ⁦Ctrl+Enter⁩ كان شخص آخر قد حفظها في الأثناء: لم تُحفظ تعديلاتك عليها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسخته</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Use my version</source>
        <translation>اعتماد نسختي</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Captions, places, people…</source>
        <translation>الشروح، الأماكن، الأشخاص…</translation>
    </message>
    <message>
        <source>Reign</source>
        <translation>العهد</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>السنوات</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>تمت المراجعة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>مسح عوامل التصفية</translation>
    </message>
    <message>
        <source>From this year</source>
        <translation>ابتداء من هذه السنة</translation>
    </message>
    <message>
        <source>Up to this year</source>
        <translation>إلى غاية هذه السنة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>بها مشاكل</translation>
    </message>
</context>
<context>
    <name>FullView</name>
    <message>
        <source>%1: back · %2 / %3: zoom in / out · drag: move</source>
        <translation>%1: رجوع · %2 / %3: تكبير / تصغير · السحب: تحريك</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>استيراد %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>قراءة %1…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>غير موجودة</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>لا سطر مقروء</numerusform>
            <numerusform>سطر واحد مقروء</numerusform>
            <numerusform>سطران مقروءان</numerusform>
            <numerusform>%n أسطر مقروءة</numerusform>
            <numerusform>%n سطرا مقروءا</numerusform>
            <numerusform>%n سطر مقروء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) to change</source>
        <translation>
            <numerusform>لا صور للتغيير</numerusform>
            <numerusform>صورة واحدة للتغيير</numerusform>
            <numerusform>صورتان للتغيير</numerusform>
            <numerusform>%n صور للتغيير</numerusform>
            <numerusform>%n صورة للتغيير</numerusform>
            <numerusform>%n صورة للتغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>لا شيء دون تغيير</numerusform>
            <numerusform>واحدة دون تغيير</numerusform>
            <numerusform>اثنتان دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
            <numerusform>%n دون تغيير</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found</source>
        <translation>
            <numerusform>لا شيء غير موجود</numerusform>
            <numerusform>واحدة غير موجودة</numerusform>
            <numerusform>اثنتان غير موجودتين</numerusform>
            <numerusform>%n غير موجودة</numerusform>
            <numerusform>%n غير موجودة</numerusform>
            <numerusform>%n غير موجودة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): nothing can be imported until the file is corrected</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد: لا يمكن استيراد أي شيء قبل تصحيح الملف</numerusform>
            <numerusform>خطآن: لا يمكن استيراد أي شيء قبل تصحيح الملف</numerusform>
            <numerusform>%n أخطاء: لا يمكن استيراد أي شيء قبل تصحيح الملف</numerusform>
            <numerusform>%n خطأ: لا يمكن استيراد أي شيء قبل تصحيح الملف</numerusform>
            <numerusform>%n خطأ: لا يمكن استيراد أي شيء قبل تصحيح الملف</numerusform>
        </translation>
    </message>
    <message>
        <source>No row names a photograph of this library.</source>
        <translation>لا يشير أي سطر إلى صورة من هذه المكتبة.</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>لا يمكن استيراد هذا الملف: %1</translation>
    </message>
    <message>
        <source>the file is not there any more</source>
        <translation>لم يعد الملف موجودًا</translation>
    </message>
    <message>
        <source>it is a folder, not a file (.csv, .xlsx or .json)</source>
        <translation>إنه مجلد وليس ملفًا (‎.csv أو ‎.xlsx أو ‎.json)</translation>
    </message>
    <message>
        <source>it cannot be read (%1)</source>
        <translation>تتعذر قراءته (%1)</translation>
    </message>
    <message>
        <source>it is not a regular file (a device, a pipe or a socket)</source>
        <translation>ليس ملفًا عاديًا (جهاز أو أنبوب أو مقبس)</translation>
    </message>
    <message>
        <source>it is %1 MB; an import file is at most %2 MB</source>
        <translation>حجمه %1 ميغابايت؛ والحد الأقصى لملف الاستيراد %2 ميغابايت</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ليس نصًّا بترميز UTF-8</translation>
    </message>
    <message>
        <source>it is not valid JSON</source>
        <translation>ليس JSON صالحًا</translation>
    </message>
    <message>
        <source>it is nested too deeply to be a photobook catalog</source>
        <translation>تداخله أعمق من أن يكون فهرس photobook</translation>
    </message>
    <message>
        <source>it is not a photobook catalog</source>
        <translation>ليس فهرس photobook</translation>
    </message>
    <message>
        <source>it is a catalog of version %1; this photobook reads version %2</source>
        <translation>إنه فهرس من الإصدار %1؛ وهذا الإصدار من photobook يقرأ الإصدار %2</translation>
    </message>
    <message>
        <source>its “photos” is not a list</source>
        <translation>الحقل «photos» فيه ليس قائمة</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8 text: save the spreadsheet as “CSV UTF-8” and import it again</source>
        <translation>السطر %1 ليس نصًّا بترميز UTF-8: احفظ الجدول بصيغة «CSV UTF-8» ثم استورده مجددًا</translation>
    </message>
    <message>
        <source>line %1 cannot be read</source>
        <translation>تتعذر قراءة السطر %1</translation>
    </message>
    <message>
        <source>it has more than %1 rows</source>
        <translation>فيه أكثر من %1 صف</translation>
    </message>
    <message>
        <source>it is empty: its first line names the columns</source>
        <translation>إنه فارغ: سطره الأول يسمّي الأعمدة</translation>
    </message>
    <message>
        <source>it is not a readable Excel workbook (.xlsx)</source>
        <translation>ليس مصنف Excel مقروءًا (‎.xlsx)</translation>
    </message>
    <message>
        <source>the workbook expands to %1 MB; at most %2 MB</source>
        <translation>يبلغ المصنف %1 ميغابايت بعد فك ضغطه؛ والحد الأقصى %2 ميغابايت</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>لا توجد ورقة في المصنف</translation>
    </message>
    <message>
        <source>row %1 has a cell of more than %2 characters</source>
        <translation>في الصف %1 خلية تزيد على %2 حرف</translation>
    </message>
    <message>
        <source>its first sheet is empty: its first row names the columns</source>
        <translation>ورقته الأولى فارغة: صفّها الأول يسمّي الأعمدة</translation>
    </message>
    <message>
        <source>unknown column “%1”</source>
        <translation>عمود غير معروف «%1»</translation>
    </message>
    <message>
        <source>the column “%1” is there twice</source>
        <translation>العمود «%1» موجود مرتين</translation>
    </message>
    <message>
        <source>%1 cell(s) beyond the last named column</source>
        <translation>%1 خلية بعد آخر عمود مسمى</translation>
    </message>
    <message>
        <source>unknown theme “%1”</source>
        <translation>موضوع غير معروف «%1»</translation>
    </message>
    <message>
        <source>unreadable date “%1”</source>
        <translation>تاريخ غير مقروء «%1»</translation>
    </message>
    <message>
        <source>unknown status “%1” (draft, reviewed or published)</source>
        <translation>حالة غير معروفة «%1» (draft أو reviewed أو published)</translation>
    </message>
    <message>
        <source>value refused: %1</source>
        <translation>قيمة مرفوضة: %1</translation>
    </message>
    <message>
        <source>unknown kind of key “%1” (path, name, hash or plate)</source>
        <translation>نوع مفتاح غير معروف «%1» (path أو name أو hash أو plate)</translation>
    </message>
    <message>
        <source>no %1 to find the photograph by</source>
        <translation>لا يوجد %1 للعثور على الصورة</translation>
    </message>
    <message>
        <source>“%1” is also on line %2</source>
        <translation>«%1» موجود أيضا في السطر %2</translation>
    </message>
    <message>
        <source>the same photograph as line %1</source>
        <translation>نفس الصورة كما في السطر %1</translation>
    </message>
    <message>
        <source>“%1” names %2 photographs</source>
        <translation>«%1» يشير إلى %2 صور</translation>
    </message>
    <message>
        <source>“%1” is both given and named in “cleared”</source>
        <translation>«%1» معطى ومذكور في «cleared» معا</translation>
    </message>
    <message>
        <source>entry refused: %1</source>
        <translation>مدخل مرفوض: %1</translation>
    </message>
    <message>
        <source>changed by someone else since this preview</source>
        <translation>غيّرها شخص آخر منذ هذه المعاينة</translation>
    </message>
    <message>
        <source>the entry must be an object { … }</source>
        <translation>يجب أن يكون المُدخل كائنًا { … }</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>يجب أن يكون «%1» نصًّا</translation>
    </message>
    <message>
        <source>the entry needs a “path” or a “content_hash”</source>
        <translation>يحتاج المُدخل إلى «path» أو «content_hash»</translation>
    </message>
    <message>
        <source>“themes” must be a list of theme names</source>
        <translation>يجب أن يكون «themes» قائمة بأسماء المواضيع</translation>
    </message>
    <message>
        <source>“captions” must give each language its caption</source>
        <translation>يجب أن يعطي «captions» لكل لغة تعليقها</translation>
    </message>
    <message>
        <source>unknown caption language “%1”</source>
        <translation>لغة تعليق غير معروفة «%1»</translation>
    </message>
    <message>
        <source>the caption “%1” must be a text, or a title and a text</source>
        <translation>يجب أن يكون التعليق «%1» نصًّا، أو عنوانًا ونصًّا</translation>
    </message>
    <message>
        <source>“place_coords” must be [latitude, longitude] in degrees</source>
        <translation>يجب أن يكون «place_coords» ‏[خط العرض، خط الطول] بالدرجات</translation>
    </message>
    <message>
        <source>“%1” and “%1_fr” are the same field: give one of them</source>
        <translation>«%1» و«%1_fr» حقل واحد: اذكر أحدهما فقط</translation>
    </message>
    <message>
        <source>“cleared” must be a list of column names</source>
        <translation>يجب أن يكون «cleared» قائمة بأسماء الأعمدة</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Nothing was imported: the catalog changed since this preview.</source>
        <translation>لم يُستورد أي شيء: تغيّر الفهرس منذ هذه المعاينة.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
</context>
<context>
    <name>IndexProgress</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Looking for photographs</source>
        <translation>البحث عن الصور</translation>
    </message>
    <message>
        <source>Reading photographs</source>
        <translation>قراءة الصور</translation>
    </message>
    <message>
        <source>Making thumbnails</source>
        <translation>إنشاء الصور المصغرة</translation>
    </message>
    <message>
        <source>%1 files/s</source>
        <translation>%1 ملف/ث</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>جار الإيقاف…</translation>
    </message>
</context>
<context>
    <name>IndexReason</name>
    <message>
        <source>symbolic link loop; not followed</source>
        <translation>حلقة روابط رمزية؛ لم تُتبع</translation>
    </message>
    <message>
        <source>broken symbolic link; skipped</source>
        <translation>رابط رمزي معطوب؛ تم تخطيه</translation>
    </message>
    <message>
        <source>symbolic link loop (points back to a folder above it); not followed</source>
        <translation>حلقة روابط رمزية (يشير إلى مجلد أعلى منه)؛ لم يُتبع</translation>
    </message>
    <message>
        <source>symbolic link to outside the source folder; not followed</source>
        <translation>رابط رمزي إلى خارج المجلد المصدر؛ لم يُتبع</translation>
    </message>
    <message>
        <source>cannot read the folder: {error}</source>
        <translation>تعذّرت قراءة المجلد: {error}</translation>
    </message>
    <message>
        <source>folder already visited (a loop); skipped</source>
        <translation>مجلد سبقت زيارته (حلقة)؛ تم تخطيه</translation>
    </message>
    <message>
        <source>{kind}, not a regular file; not opened</source>
        <translation>{kind}، وليس ملفًا عاديًا؛ لم يُفتح</translation>
    </message>
    <message>
        <source>cannot read: {error}</source>
        <translation>تعذّرت القراءة: {error}</translation>
    </message>
    <message>
        <source>image too large to open safely (possible decompression bomb): {pixels} pixels, over the limit of {limit}</source>
        <translation>الصورة أكبر من أن تُفتح بأمان (قنبلة فك ضغط محتملة): {pixels} بكسل، وهو ما يتجاوز الحد البالغ {limit}</translation>
    </message>
    <message>
        <source>gave up after {seconds} s (the file may be crafted to hang readers)</source>
        <translation>تم التوقف بعد {seconds} ثانية (ربما صُمّم الملف لتعطيل برامج القراءة)</translation>
    </message>
    <message>
        <source>not a regular file ({kind}); not opened</source>
        <translation>ليس ملفًا عاديًا ({kind})؛ لم يُفتح</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>تعذّرت قراءة الملف: {error}</translation>
    </message>
    <message>
        <source>the file disappeared while indexing</source>
        <translation>اختفى الملف أثناء الفهرسة</translation>
    </message>
    <message>
        <source>not an image photobook can read (unknown or corrupt format)</source>
        <translation>ليست صورة يستطيع photobook قراءتها (صيغة غير معروفة أو تالفة)</translation>
    </message>
    <message>
        <source>the file declares an impossible size (out of memory)</source>
        <translation>يعلن الملف عن حجم مستحيل (نفدت الذاكرة)</translation>
    </message>
    <message>
        <source>the image data is truncated (the file is incomplete)</source>
        <translation>بيانات الصورة مبتورة (الملف غير مكتمل)</translation>
    </message>
    <message>
        <source>the image data is truncated; the thumbnail shows the readable part</source>
        <translation>بيانات الصورة مبتورة؛ تعرض الصورة المصغّرة الجزء المقروء</translation>
    </message>
    <message>
        <source>unreadable image ({detail})</source>
        <translation>صورة غير مقروءة ({detail})</translation>
    </message>
    <message>
        <source>very large image (over {megapixels} megapixels)</source>
        <translation>صورة كبيرة جدًا (أكثر من {megapixels} ميغابكسل)</translation>
    </message>
    <message>
        <source>empty file (0 bytes)</source>
        <translation>ملف فارغ (0 بايت)</translation>
    </message>
    <message>
        <source>HEIC/HEIF needs the optional pillow-heif package ({command})</source>
        <translation>صيغة HEIC/HEIF تتطلب الحزمة الاختيارية pillow-heif ({command})</translation>
    </message>
    <message>
        <source>image declares an impossible size {width} × {height}</source>
        <translation>تعلن الصورة عن حجم مستحيل: {width} × {height}</translation>
    </message>
    <message>
        <source>IPTC unreadable ({error}); ignored</source>
        <translation>بيانات IPTC غير مقروءة ({error})؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>thumbnail failed: {cause}</source>
        <translation>تعذّر إنشاء الصورة المصغّرة: {cause}</translation>
    </message>
    <message>
        <source>could not be stored in the catalog: {detail}</source>
        <translation>تعذّر حفظه في الفهرس: {detail}</translation>
    </message>
    <message>
        <source>removed from the library by another photobook while it was being indexed</source>
        <translation>أُزيل من المكتبة بواسطة نسخة أخرى من photobook أثناء فهرسته</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a date; ignored</source>
        <translation>قيمة EXIF {tag} {value!r} ليست تاريخًا؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is not a real date; ignored</source>
        <translation>قيمة EXIF {tag} {value!r} ليست تاريخًا حقيقيًا؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF {tag} {value!r} is impossible; ignored</source>
        <translation>قيمة EXIF {tag} {value!r} تاريخ مستحيل؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (needs degrees, minutes, seconds); ignored</source>
        <translation>موقع GPS في EXIF غير مقروء (يلزم ذكر الدرجات والدقائق والثواني)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable (zero denominator); ignored</source>
        <translation>موقع GPS في EXIF غير مقروء (مقام يساوي صفرًا)؛ تم تجاهله</translation>
    </message>
    <message>
        <source>EXIF GPS position unreadable ({detail}); ignored</source>
        <translation>موقع GPS في EXIF غير مقروء ({detail})؛ تم تجاهله</translation>
    </message>
    <message>
        <source>EXIF GPS position out of range; ignored</source>
        <translation>موقع GPS في EXIF خارج النطاق؛ تم تجاهله</translation>
    </message>
    <message>
        <source>EXIF has a loop of IFDs; ignored</source>
        <translation>تحتوي بيانات EXIF على حلقة من IFD؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF declares an impossible size; ignored</source>
        <translation>تعلن بيانات EXIF عن حجم مستحيل؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF declares more entries than a photograph has (possibly crafted); ignored</source>
        <translation>تعلن بيانات EXIF عن مدخلات أكثر مما تحويه صورة (ربما ملف مصطنع)؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF unreadable ({error}); ignored</source>
        <translation>بيانات EXIF غير مقروءة ({error})؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>EXIF orientation {value} is not valid (1–8); shown as stored</source>
        <translation>اتجاه EXIF {value} غير صالح (⁦1–8⁩)؛ تُعرض الصورة كما خُزّنت</translation>
    </message>
    <message>
        <source>XMP larger than {megabytes} MB; ignored</source>
        <translation>بيانات XMP أكبر من {megabytes} ميغابايت؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>XMP refused: it declares XML entities or a DTD (possible XML bomb)</source>
        <translation>تم رفض بيانات XMP: تعلن عن كيانات XML أو DTD (قنبلة XML محتملة)</translation>
    </message>
    <message>
        <source>XMP is not well-formed XML ({detail}); ignored</source>
        <translation>بيانات XMP ليست XML سليم البنية ({detail})؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>XMP declares an unknown text encoding ({detail}); ignored</source>
        <translation>تعلن بيانات XMP عن ترميز نصي غير معروف ({detail})؛ تم تجاهلها</translation>
    </message>
    <message>
        <source>sidecar {sidecar!r} not read: {cause}</source>
        <translation>لم يُقرأ الملف المرافق XMP {sidecar!r}: {cause}</translation>
    </message>
    <message>
        <source>tag {tag}: data larger than the file; skipped</source>
        <translation>الوسم {tag}: بيانات أكبر من الملف؛ تم تخطيه</translation>
    </message>
    <message>
        <source>tag offset too large</source>
        <translation>إزاحة الوسم كبيرة جدًا</translation>
    </message>
    <message>
        <source>possibly corrupt EXIF data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation>بيانات EXIF ربما تالفة: كان متوقعًا {expected} بايت ولم يُقرأ سوى {got}؛ تم تخطي الوسم {tag}</translation>
    </message>
    <message>
        <source>possibly corrupt EXIF MakerNote data: expected {expected} bytes, got {got}; tag {tag} skipped</source>
        <translation>بيانات EXIF MakerNote ربما تالفة: كان متوقعًا {expected} بايت ولم يُقرأ سوى {got}؛ تم تخطي الوسم {tag}</translation>
    </message>
    <message>
        <source>tag {tag} has too many entries: {count}, expected {expected}</source>
        <translation>الوسم {tag} يحوي قيمًا أكثر من اللازم ({count} بدلًا من {expected})</translation>
    </message>
    <message>
        <source>malformed MPO file; read as a plain JPEG</source>
        <translation>ملف MPO مشوّه؛ قُرئ كملف JPEG عادي</translation>
    </message>
    <message>
        <source>invalid APNG; the default PNG image is used if possible</source>
        <translation>ملف APNG غير صالح؛ ستُستخدم صورة PNG الافتراضية إن أمكن</translation>
    </message>
    <message>
        <source>truncated file read</source>
        <translation>قراءة منقطعة: الملف مبتور</translation>
    </message>
    <message>
        <source>{message}</source>
        <translation>تحذير من Pillow: {message}</translation>
    </message>
    <message>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>أنبوب مسمّى (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس (socket)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ملف جهاز</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ملف جهاز محرفي</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ملف جهاز كتلي</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>تم رفض الإذن</translation>
    </message>
    <message>
        <source>operation not permitted</source>
        <translation>العملية غير مسموح بها</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <source>input/output error</source>
        <translation>خطأ في الإدخال/الإخراج</translation>
    </message>
    <message>
        <source>too many levels of symbolic links</source>
        <translation>مستويات كثيرة جدًا من الروابط الرمزية</translation>
    </message>
    <message>
        <source>is a directory</source>
        <translation>إنه مجلد</translation>
    </message>
    <message>
        <source>not a directory</source>
        <translation>ليس مجلدًا</translation>
    </message>
    <message>
        <source>stale file handle</source>
        <translation>مقبض ملف منتهي الصلاحية</translation>
    </message>
    <message>
        <source>file name too long</source>
        <translation>اسم الملف طويل جدًا</translation>
    </message>
    <message>
        <source>no such device or address</source>
        <translation>الجهاز أو العنوان غير موجود</translation>
    </message>
    <message>
        <source>transport endpoint is not connected</source>
        <translation>نقطة النهاية غير متصلة</translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <source>Enter ↵</source>
        <translation>Enter ↵</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Page Up</source>
        <translation>Page Up</translation>
    </message>
    <message>
        <source>Page Down</source>
        <translation>Page Down</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>English</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Show in English</source>
        <translation>العرض بالعربية</translation>
    </message>
    <message>
        <source>Timeline of the photographs</source>
        <translation>الخط الزمني للصور</translation>
    </message>
    <message>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Theme: {name}</source>
        <translation>الموضوع: {name}</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>+أ</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Back to the timeline</source>
        <translation>الرجوع إلى الخط الزمني</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>السابقة</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>التالية</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Touch to continue</source>
        <translation>المس الشاشة للمتابعة</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message>
        <source>Touch the screen to explore the archive</source>
        <translation>المس الشاشة لاستكشاف الأرشيف</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Staff code</source>
        <translation>رمز الموظفين</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Wrong code</source>
        <translation>رمز خاطئ</translation>
    </message>
    <message>
        <source>Too many tries: try again in {n} s</source>
        <translation>محاولات كثيرة: أعد المحاولة بعد {n} ث</translation>
    </message>
    <message>
        <source>No code set: photobook kiosk --set-pin</source>
        <translation>لم يحدد أي رمز: photobook kiosk --set-pin</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>The archive is temporarily unavailable.
Trying again in a moment…</source>
        <translation>الأرشيف غير متاح مؤقتًا.
ستتم إعادة المحاولة بعد قليل…</translation>
    </message>
    <message>
        <source>This catalogue must first be opened by photobook on the archivist&apos;s computer.
Trying again in a moment…</source>
        <translation>يجب أن يفتح برنامج photobook هذا الفهرس أولًا على حاسوب أمين الأرشيف.
ستتم إعادة المحاولة بعد قليل…</translation>
    </message>
    <message>
        <source>No photographs</source>
        <translation>لا توجد صور</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The catalog is damaged (%1): restore the last backup.</source>
        <translation>الفهرس تالف (%1): استرجع آخر نسخة احتياطية.</translation>
    </message>
    <message>
        <source>Indexing is already running.</source>
        <translation>الفهرسة جارية بالفعل.</translation>
    </message>
    <message>
        <source>Add a folder of photographs</source>
        <translation>إضافة مجلد صور</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>استيراد جدول</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.json)</source>
        <translation>جداول (*.csv *.xlsx *.json)</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n photograph(s) changed</source>
        <translation>
            <numerusform>استيراد: لم تتغير أي صورة</numerusform>
            <numerusform>استيراد: تغيرت صورة واحدة</numerusform>
            <numerusform>استيراد: تغيرت صورتان</numerusform>
            <numerusform>استيراد: تغيرت %n صور</numerusform>
            <numerusform>استيراد: تغيرت %n صورة</numerusform>
            <numerusform>استيراد: تغيرت %n صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the demo archive</source>
        <translation>فتح أرشيف العرض التوضيحي</translation>
    </message>
    <message>
        <source>Adding photographs</source>
        <translation>إضافة الصور</translation>
    </message>
    <message numerus="yes">
        <source>Indexing cancelled: %n photograph(s) catalogued before stopping.</source>
        <translation>
            <numerusform>أُلغيت الفهرسة: لم تُفهرس أي صورة قبل الإيقاف.</numerusform>
            <numerusform>أُلغيت الفهرسة: فُهرست صورة واحدة قبل الإيقاف.</numerusform>
            <numerusform>أُلغيت الفهرسة: فُهرست صورتان قبل الإيقاف.</numerusform>
            <numerusform>أُلغيت الفهرسة: فُهرست %n صور قبل الإيقاف.</numerusform>
            <numerusform>أُلغيت الفهرسة: فُهرست %n صورة قبل الإيقاف.</numerusform>
            <numerusform>أُلغيت الفهرسة: فُهرست %n صورة قبل الإيقاف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new photograph(s) catalogued.</source>
        <translation>
            <numerusform>لم تُفهرس أي صورة جديدة.</numerusform>
            <numerusform>فُهرست صورة جديدة واحدة.</numerusform>
            <numerusform>فُهرست صورتان جديدتان.</numerusform>
            <numerusform>فُهرست %n صور جديدة.</numerusform>
            <numerusform>فُهرست %n صورة جديدة.</numerusform>
            <numerusform>فُهرست %n صورة جديدة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: see Index problems.</source>
        <translation>
            <numerusform>لا ملفات تعذرت قراءتها.</numerusform>
            <numerusform>تعذرت قراءة ملف واحد: انظر مشاكل الفهرسة.</numerusform>
            <numerusform>تعذرت قراءة ملفين: انظر مشاكل الفهرسة.</numerusform>
            <numerusform>تعذرت قراءة %n ملفات: انظر مشاكل الفهرسة.</numerusform>
            <numerusform>تعذرت قراءة %n ملفا: انظر مشاكل الفهرسة.</numerusform>
            <numerusform>تعذرت قراءة %n ملف: انظر مشاكل الفهرسة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indexing failed</source>
        <translation>فشلت الفهرسة</translation>
    </message>
    <message>
        <source>Waiting for another photobook writing this library…</source>
        <translation>في انتظار نسخة أخرى من photobook تكتب في هذه المكتبة…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>البطاقة</translation>
    </message>
    <message>
        <source>Photobook — %1</source>
        <translation>Photobook — %1</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>(للقراءة فقط)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>About Photobook</source>
        <translation>حول Photobook</translation>
    </message>
    <message>
        <source>Photobook: the archive of a book on Morocco&apos;s economic transformation, browsed through time, with captions in French, Arabic and English.</source>
        <translation>Photobook: أرشيف كتاب عن التحول الاقتصادي للمغرب، يُتصفح عبر الزمن، مع شروح بالفرنسية والعربية والإنجليزية.</translation>
    </message>
</context>
<context>
    <name>MemberCard</name>
    <message>
        <source>Keep this record</source>
        <translation>الاحتفاظ بهذه البطاقة</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 بكسل</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Overview of the slides</source>
        <translation>نظرة عامة على الشرائح</translation>
    </message>
    <message>
        <source>Slides — arrows, then Enter; Escape closes</source>
        <translation>الشرائح — الأسهم ثم Enter؛ Esc للإغلاق</translation>
    </message>
    <message>
        <source>hidden</source>
        <comment>a slide kept for questions, skipped when stepping</comment>
        <translation>مخفية</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Nearby: %1 (%2 km) — use it</source>
        <translation>قريب: %1 (%2 كم) — استعماله</translation>
    </message>
</context>
<context>
    <name>PlacesEditor</name>
    <message>
        <source>Add place %1</source>
        <translation>إضافة المكان %1</translation>
    </message>
    <message>
        <source>Edit place %1</source>
        <translation>تعديل المكان %1</translation>
    </message>
    <message>
        <source>Merge place %1 into %2</source>
        <translation>دمج المكان %1 في %2</translation>
    </message>
    <message>
        <source>Delete place %1</source>
        <translation>حذف المكان %1</translation>
    </message>
</context>
<context>
    <name>PlacesManager</name>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>خط العرض، خط الطول</translation>
    </message>
    <message>
        <source>Name · FR</source>
        <translation>الاسم · FR</translation>
    </message>
    <message>
        <source>Name · AR</source>
        <translation>الاسم · AR</translation>
    </message>
    <message>
        <source>Name · EN</source>
        <translation>الاسم · EN</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>خط العرض</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>خط الطول</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>الجهة</translation>
    </message>
    <message>
        <source>Search places, in any language (Ctrl+F)</source>
        <translation>البحث عن مكان بأي لغة (Ctrl+F)</translation>
    </message>
    <message>
        <source>−90 to 90, e.g. 33.5731</source>
        <translation>من ‎−90 إلى 90، مثلاً 33.5731</translation>
    </message>
    <message>
        <source>−180 to 180, e.g. -7.5898</source>
        <translation>من ‎−180 إلى 180، مثلاً ‎-7.5898</translation>
    </message>
    <message>
        <source>New place</source>
        <translation>مكان جديد</translation>
    </message>
    <message>
        <source>Clear coordinates</source>
        <translation>مسح الإحداثيات</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Select a place, or make a new one.</source>
        <translation>اختر مكاناً، أو أنشئ مكاناً جديداً.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed here: merge it into another place to delete it.</source>
        <translation>
            <numerusform>لا صور في هذا المكان.</numerusform>
            <numerusform>صورة واحدة في هذا المكان: ادمجه في مكان آخر لحذفه.</numerusform>
            <numerusform>صورتان في هذا المكان: ادمجه في مكان آخر لحذفه.</numerusform>
            <numerusform>%n صور في هذا المكان: ادمجه في مكان آخر لحذفه.</numerusform>
            <numerusform>%n صورة في هذا المكان: ادمجه في مكان آخر لحذفه.</numerusform>
            <numerusform>%n صورة في هذا المكان: ادمجه في مكان آخر لحذفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph is placed here.</source>
        <translation>لا توجد صورة في هذا المكان.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>— none (top level) —</source>
        <translation>— لا شيء (المستوى الأعلى) —</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو لا تدخل أياً منهما.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative).</source>
        <translation>خط العرض عدد درجات من ‎−90 إلى 90 (سالب جنوباً).</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative).</source>
        <translation>خط الطول عدد درجات من ‎−180 إلى 180 (سالب غرباً).</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>New place: its French name is required.</source>
        <translation>مكان جديد: اسمه بالفرنسية إلزامي.</translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation>يحتاج المكان إلى اسمه بالفرنسية.</translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation>«%1» هو بالفعل الاسم العربي للمكان «%2».</translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation>«%1» هو بالفعل الاسم الإنجليزي للمكان «%2».</translation>
    </message>
    <message>
        <source>There is already a place “%1”.</source>
        <translation>يوجد مكان باسم «%1» من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1”: merge it into another place instead.</source>
        <translation>
            <numerusform>لا صور في «%1».</numerusform>
            <numerusform>صورة واحدة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>صورتان في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>%n صور في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>%n صورة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>%n صورة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsDock</name>
    <message>
        <source>Index problems</source>
        <translation>مشاكل الفهرسة</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>No problems: every file found was catalogued.</source>
        <translation>لا توجد مشاكل: تمت فهرسة كل الملفات.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be catalogued</source>
        <translation>
            <numerusform>لا ملفات تعذرت فهرستها</numerusform>
            <numerusform>ملف واحد تعذرت فهرسته</numerusform>
            <numerusform>ملفان تعذرت فهرستهما</numerusform>
            <numerusform>%n ملفات تعذرت فهرستها</numerusform>
            <numerusform>%n ملفا تعذرت فهرسته</numerusform>
            <numerusform>%n ملف تعذرت فهرسته</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>لا تنبيهات</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%n تنبيهات</numerusform>
            <numerusform>%n تنبيها</numerusform>
            <numerusform>%n تنبيه</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>بتاريخ</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>There is already a place “%1”.</source>
        <translation>يوجد مكان باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>There is no place “%1” any more: it was renamed or deleted in another window.</source>
        <translation>لم يعد هناك مكان باسم «%1»: أُعيدت تسميته أو حُذف في نافذة أخرى.</translation>
    </message>
    <message>
        <source>A place needs its French name.</source>
        <translation>يحتاج المكان إلى اسمه بالفرنسية.</translation>
    </message>
    <message numerus="yes">
        <source>A name is at most %n character(s) long.</source>
        <translation>
            <numerusform>لا يتجاوز الاسم %n حرف.</numerusform>
            <numerusform>لا يتجاوز الاسم حرفاً واحداً.</numerusform>
            <numerusform>لا يتجاوز الاسم حرفين.</numerusform>
            <numerusform>لا يتجاوز الاسم %n أحرف.</numerusform>
            <numerusform>لا يتجاوز الاسم %n حرفاً.</numerusform>
            <numerusform>لا يتجاوز الاسم %n حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>A name cannot hold a NUL character or a broken character.</source>
        <translation>لا يمكن أن يحتوي الاسم على محرف NUL أو محرف تالف.</translation>
    </message>
    <message>
        <source>“%1” is already the Arabic name of the place “%2”.</source>
        <translation>«%1» هو بالفعل الاسم العربي للمكان «%2».</translation>
    </message>
    <message>
        <source>“%1” is already the English name of the place “%2”.</source>
        <translation>«%1» هو بالفعل الاسم الإنجليزي للمكان «%2».</translation>
    </message>
    <message>
        <source>“%1” is not a language of the catalog (French, Arabic, English).</source>
        <translation>«%1» ليست من لغات الفهرس (الفرنسية، العربية، الإنجليزية).</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude, or neither.</source>
        <translation>أدخل خط العرض وخط الطول معاً، أو لا تدخل أياً منهما.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from −90 to 90 (south is negative), not %1.</source>
        <translation>خط العرض عدد من الدرجات بين −90 و90 (الجنوب بالسالب)، وليس %1.</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from −180 to 180 (west is negative), not %1.</source>
        <translation>خط الطول عدد من الدرجات بين −180 و180 (الغرب بالسالب)، وليس %1.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: a place cannot be put inside itself.</source>
        <translation>صار «%1» داخل «%2»: لا يمكن وضع مكان داخل نفسه.</translation>
    </message>
    <message>
        <source>A place cannot be merged into itself.</source>
        <translation>لا يمكن دمج مكان في نفسه.</translation>
    </message>
    <message>
        <source>“%1” is inside “%2” now: merge it into a place outside it.</source>
        <translation>صار «%1» داخل «%2»: ادمجه في مكان خارجه.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are placed at “%1” now: merge it into another place instead.</source>
        <translation>
            <numerusform>لا صور في «%1» الآن.</numerusform>
            <numerusform>صارت صورة واحدة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت صورتان في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صور في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صورة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صورة في «%1»: ادمجه في مكان آخر بدلاً من حذفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Places are inside “%1” now: its adding cannot be undone.</source>
        <translation>صارت أماكن داخل «%1»: لا يمكن التراجع عن إضافته.</translation>
    </message>
    <message numerus="yes">
        <source>The merge of “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>لا يمكن التراجع عن دمج «%1».</numerusform>
            <numerusform>لا يمكن التراجع عن دمج «%1»: عُدّلت إحدى صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج «%1»: عُدّلت اثنتان من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a theme “%1”.</source>
        <translation>يوجد موضوع باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>There is no theme “%1” any more: it was deleted in another window.</source>
        <translation>لم يعد هناك موضوع «%1»: حُذف في نافذة أخرى.</translation>
    </message>
    <message>
        <source>A theme’s identifier is lower-case letters, digits and hyphens (at most 64), not “%1”.</source>
        <translation>يُكتب معرّف الموضوع بحروف لاتينية صغيرة وأرقام وشرطات (64 على الأكثر)، وليس «%1».</translation>
    </message>
    <message>
        <source>A colour is written #rrggbb, not “%1”.</source>
        <translation>يُكتب اللون على الشكل ⁦#rrggbb⁩، وليس «%1».</translation>
    </message>
    <message>
        <source>A new theme needs a label in at least one language.</source>
        <translation>يحتاج الموضوع الجديد إلى تسمية بلغة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>“%1” is under “%2” now: a theme cannot move under itself.</source>
        <translation>صار «%1» تحت «%2»: لا يمكن نقل موضوع تحت نفسه.</translation>
    </message>
    <message>
        <source>A theme cannot be merged into itself.</source>
        <translation>لا يمكن دمج موضوع في نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) are tagged “%1” now: merge it into another theme instead.</source>
        <translation>
            <numerusform>لا صور تحمل الموضوع «%1» الآن.</numerusform>
            <numerusform>صارت صورة واحدة تحمل الموضوع «%1»: ادمجه في موضوع آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت صورتان تحملان الموضوع «%1»: ادمجه في موضوع آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صور تحمل الموضوع «%1»: ادمجه في موضوع آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صورة تحمل الموضوع «%1»: ادمجه في موضوع آخر بدلاً من حذفه.</numerusform>
            <numerusform>صارت %n صورة تحمل الموضوع «%1»: ادمجه في موضوع آخر بدلاً من حذفه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The merge of the theme “%1” cannot be undone: %n of its photograph(s) were changed in another window since.</source>
        <translation>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1».</numerusform>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1»: عُدّلت إحدى صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1»: عُدّلت اثنتان من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
            <numerusform>لا يمكن التراجع عن دمج الموضوع «%1»: عُدّلت %n من صوره في نافذة أخرى منذ ذلك الحين.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideStrip</name>
    <message>
        <source>Slides of the talk</source>
        <translation>شرائح العرض</translation>
    </message>
</context>
<context>
    <name>ThemeTreeModel</name>
    <message>
        <source>about %1</source>
        <translation>نحو %1</translation>
    </message>
    <message numerus="yes">
        <source>An estimate: the photographs found were counted one in %n.</source>
        <translation>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
            <numerusform>تقدير: عُدَّت صورة واحدة من كل %n من الصور الموجودة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
</context>
<context>
    <name>ThemesManager</name>
    <message>
        <source>Themes</source>
        <translation>المواضيع</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <source>Label · FR</source>
        <translation>التسمية · FR</translation>
    </message>
    <message>
        <source>Label · AR</source>
        <translation>التسمية · AR</translation>
    </message>
    <message>
        <source>Label · EN</source>
        <translation>التسمية · EN</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>موضوع جديد</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>نقل إلى…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>lower-case-and-hyphens</source>
        <translation>lower-case-and-hyphens</translation>
    </message>
    <message>
        <source>Select a theme, or make a new one.</source>
        <translation>اختر موضوعًا أو أنشئ موضوعًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>%n photograph(s) have this theme: merge it into another to delete it.</source>
        <translation>
            <numerusform>لا صور بهذا الموضوع.</numerusform>
            <numerusform>صورة واحدة بهذا الموضوع: ادمجه في موضوع آخر لحذفه.</numerusform>
            <numerusform>صورتان بهذا الموضوع: ادمجه في موضوع آخر لحذفه.</numerusform>
            <numerusform>%n صور بهذا الموضوع: ادمجه في موضوع آخر لحذفه.</numerusform>
            <numerusform>%n صورة بهذا الموضوع: ادمجه في موضوع آخر لحذفه.</numerusform>
            <numerusform>%n صورة بهذا الموضوع: ادمجه في موضوع آخر لحذفه.</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph has this theme.</source>
        <translation>لا توجد صورة بهذا الموضوع.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>المستوى الأعلى</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>إضافة</translation>
    </message>
    <message>
        <source>New theme under “%1”</source>
        <translation>موضوع جديد تحت «%1»</translation>
    </message>
    <message>
        <source>New theme at the top level</source>
        <translation>موضوع جديد في المستوى الأعلى</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>No photographs</source>
        <translation>لا توجد صور</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s)</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>بدون تاريخ</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a day: depuis le 23 juillet 1999</comment>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <comment>a year: depuis 1999</comment>
        <translation>منذ %1</translation>
    </message>
    <message numerus="yes">
        <source>+ %Ln more loosely dated</source>
        <translation>
            <numerusform>+ %Ln بتواريخ أوسع</numerusform>
            <numerusform>+ %Ln بتاريخ أوسع</numerusform>
            <numerusform>+ %Ln بتاريخين أوسع</numerusform>
            <numerusform>+ %Ln بتواريخ أوسع</numerusform>
            <numerusform>+ %Ln بتاريخ أوسع</numerusform>
            <numerusform>+ %Ln بتاريخ أوسع</numerusform>
        </translation>
    </message>
    <message>
        <source>No photograph matches these filters.</source>
        <translation>لا توجد صورة تطابق عوامل التصفية هذه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photograph(s) without a date: shown below the timeline.</source>
        <translation>
            <numerusform>لا صور بدون تاريخ.</numerusform>
            <numerusform>صورة واحدة بدون تاريخ: تظهر أسفل الخط الزمني.</numerusform>
            <numerusform>صورتان بدون تاريخ: تظهران أسفل الخط الزمني.</numerusform>
            <numerusform>%Ln صور بدون تاريخ: تظهر أسفل الخط الزمني.</numerusform>
            <numerusform>%Ln صورة بدون تاريخ: تظهر أسفل الخط الزمني.</numerusform>
            <numerusform>%Ln صورة بدون تاريخ: تظهر أسفل الخط الزمني.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourController</name>
    <message>
        <source>New tour “%1”</source>
        <translation>جولة جديدة «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Add %n photograph(s) to the tour</source>
        <translation>
            <numerusform>لا صور تضاف إلى الجولة</numerusform>
            <numerusform>إضافة صورة واحدة إلى الجولة</numerusform>
            <numerusform>إضافة صورتين إلى الجولة</numerusform>
            <numerusform>إضافة %n صور إلى الجولة</numerusform>
            <numerusform>إضافة %n صورة إلى الجولة</numerusform>
            <numerusform>إضافة %n صورة إلى الجولة</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder the slides</source>
        <translation>إعادة ترتيب الشرائح</translation>
    </message>
    <message>
        <source>Notes of slide %1</source>
        <translation>ملاحظات الشريحة %1</translation>
    </message>
    <message>
        <source>Hide slide %1</source>
        <translation>إخفاء الشريحة %1</translation>
    </message>
    <message>
        <source>Show slide %1</source>
        <translation>إظهار الشريحة %1</translation>
    </message>
    <message>
        <source>Remove slide %1</source>
        <translation>حذف الشريحة %1</translation>
    </message>
</context>
<context>
    <name>ToursDock</name>
    <message>
        <source>hidden</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Slide %1 of %2</source>
        <translation>الشريحة %1 من %2</translation>
    </message>
    <message>
        <source>New tour</source>
        <translation>جولة جديدة</translation>
    </message>
    <message numerus="yes">
        <source>Title of the tour (%n photograph(s)):</source>
        <translation>
            <numerusform>عنوان الجولة (بلا صور):</numerusform>
            <numerusform>عنوان الجولة (صورة واحدة):</numerusform>
            <numerusform>عنوان الجولة (صورتان):</numerusform>
            <numerusform>عنوان الجولة (%n صور):</numerusform>
            <numerusform>عنوان الجولة (%n صورة):</numerusform>
            <numerusform>عنوان الجولة (%n صورة):</numerusform>
        </translation>
    </message>
    <message>
        <source>Tours</source>
        <translation>الجولات</translation>
    </message>
    <message>
        <source>New from selection…</source>
        <translation>جديدة من المختارة…</translation>
    </message>
    <message>
        <source>Add selection</source>
        <translation>إضافة المختارة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Hidden (kept for questions)</source>
        <translation>مخفية (محفوظة للأسئلة)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>The presenter&apos;s notes for this slide</source>
        <translation>ملاحظات المقدّم لهذه الشريحة</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>جولة</translation>
    </message>
    <message>
        <source>Slides of the tour</source>
        <translation>شرائح الجولة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
</context>
<context>
    <name>UpgradeWindow</name>
    <message>
        <source>Photobook — updating the catalog</source>
        <translation>Photobook — تحديث الفهرس</translation>
    </message>
    <message>
        <source>Updating the catalog for this version of photobook…</source>
        <translation>جارٍ تحديث الفهرس لهذا الإصدار من photobook…</translation>
    </message>
    <message>
        <source>This can take a minute for a large archive; your photographs and captions are not changed.</source>
        <translation>قد يستغرق ذلك دقيقة لأرشيف كبير؛ لن تتغيّر صورك ولا تعليقاتك.</translation>
    </message>
    <message>
        <source>Catalog revision %1 → %2</source>
        <translation>مراجعة الفهرس: من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>VocabularyEditor</name>
    <message>
        <source>Add theme %1</source>
        <translation>إضافة الموضوع %1</translation>
    </message>
    <message>
        <source>Rename theme %1</source>
        <translation>إعادة تسمية الموضوع %1</translation>
    </message>
    <message>
        <source>Move theme %1</source>
        <translation>نقل الموضوع %1</translation>
    </message>
    <message>
        <source>Merge theme %1 into %2</source>
        <translation>دمج الموضوع %1 في %2</translation>
    </message>
    <message>
        <source>Delete theme %1</source>
        <translation>حذف الموضوع %1</translation>
    </message>
</context>
<context>
    <name>self.console</name>
    <message>
        <source>Photobook — presenter</source>
        <translation>Photobook — المقدّم</translation>
    </message>
</context>
</TS>
