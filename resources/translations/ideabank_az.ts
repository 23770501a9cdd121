<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AssignmentTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="42"/>
        <source>Add &amp;scoring stage</source>
        <translation>&amp;Qiymətləndirmə mərhələsi əlavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="43"/>
        <source>Add a stage in which evaluators score ideas on criteria</source>
        <translation>Ekspertlərin ideyaları meyarlar üzrə qiymətləndirdiyi mərhələ əlavə edin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="44"/>
        <source>This contest has no scoring stage yet. Add one to assign evaluators.</source>
        <translation>Bu müsabiqədə hələ qiymətləndirmə mərhələsi yoxdur. Ekspert təyin etmək üçün mərhələ əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="51"/>
        <source>Evaluators</source>
        <translation>Ekspertlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="53"/>
        <source>Assign to selected ideas</source>
        <translation>Seçilmiş ideyalara təyin et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="55"/>
        <source>Every checked evaluator gets every idea selected in the Ideas tab (Ctrl+Enter)</source>
        <translation>İşarələnmiş hər ekspertə «İdeyalar» bölməsində seçilmiş bütün ideyalar verilir (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="73"/>
        <source>Stage:</source>
        <translation>Mərhələ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="77"/>
        <source>Selected ideas (choose them in the Ideas tab)</source>
        <translation>Seçilmiş ideyalar («İdeyalar» bölməsində seçin)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="79"/>
        <source>Evaluators to assign</source>
        <translation>Təyin ediləcək ekspertlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="87"/>
        <source>Progress</source>
        <translation>Gedişat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="124"/>
        <source>Stage %1</source>
        <translation>Mərhələ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="130"/>
        <source>%1 — ideas with evaluators: %2 of %3</source>
        <translation>%1 — ekspert təyin olunmuş ideyalar: %2 / %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="133"/>
        <source>No stage yet.</source>
        <translation>Hələ mərhələ yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="151"/>
        <source>%1 (%n idea(s) in this stage)</source>
        <translation>
            <numerusform>%1 (bu mərhələdə %n ideya)</numerusform>
            <numerusform>%1 (bu mərhələdə %n ideya)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="172"/>
        <source>%n idea(s) selected in the Ideas tab.</source>
        <translation>
            <numerusform>«İdeyalar» bölməsində %n ideya seçilib.</numerusform>
            <numerusform>«İdeyalar» bölməsində %n ideya seçilib.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="173"/>
        <source>Select ideas in the Ideas tab first.</source>
        <translation>Əvvəlcə «İdeyalar» bölməsində ideyaları seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="193"/>
        <source>The assignments could not be saved: %1</source>
        <translation>Təyinatları yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="197"/>
        <source>%n assignment(s) created</source>
        <translation>
            <numerusform>%n təyinat yaradıldı</numerusform>
            <numerusform>%n təyinat yaradıldı</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/assignment_tab.py" line="199"/>
        <source>No new assignments: the checked evaluators already have these ideas.</source>
        <translation>Yeni təyinat yoxdur: işarələnmiş ekspertlərə bu ideyalar artıq verilib.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="67"/>
        <source>When (%1)</source>
        <translation>Nə vaxt (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="68"/>
        <source>When (this computer&apos;s time)</source>
        <translation>Nə vaxt (bu kompüterin vaxtı)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="69"/>
        <source>About</source>
        <translation>Nə barədə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_model.py" line="90"/>
        <source>system</source>
        <translation>sistem</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="37"/>
        <source>Audit log entries</source>
        <translation>Audit jurnalının qeydləri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="48"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenilə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="49"/>
        <source>Refresh the audit log</source>
        <translation>Audit jurnalını yenilə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="50"/>
        <source>Load &amp;older entries</source>
        <translation>Köhnə q&amp;eydləri yüklə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="51"/>
        <source>Load older audit log entries</source>
        <translation>Audit jurnalının köhnə qeydlərini yüklə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="53"/>
        <source>Who did what in your organization: logins, contests, stages, criteria, assignments and user accounts. The log is kept on the server and cannot be changed; it needs a connection.</source>
        <translation>Təşkilatınızda kim nə edib: girişlər, müsabiqələr, mərhələlər, meyarlar, təyinatlar və istifadəçi hesabları. Jurnal serverdə saxlanılır və dəyişdirilə bilməz; onu görmək üçün bağlantı lazımdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="92"/>
        <source>Reading the audit log from the server…</source>
        <translation>Audit jurnalı serverdən oxunur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="105"/>
        <source>The audit log could not be read: %1 Try Refresh when the server can be reached.</source>
        <translation>Audit jurnalını oxumaq mümkün olmadı: %1 Serverə bağlantı olanda «Yenilə» düyməsini basın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="119"/>
        <source>The log is empty: nothing has been recorded for your organization yet.</source>
        <translation>Jurnal boşdur: təşkilatınız üçün hələ heç nə qeydə alınmayıb.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="122"/>
        <source>The newest %n entries; load older ones below.</source>
        <translation>
            <numerusform>Ən yeni %n qeyd; köhnələrini aşağıdan yükləyin.</numerusform>
            <numerusform>Ən yeni %n qeyd; köhnələrini aşağıdan yükləyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/audit_tab.py" line="125"/>
        <source>All %n entries.</source>
        <translation>
            <numerusform>Bütün qeydlər: %n.</numerusform>
            <numerusform>Bütün qeydlər: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="8"/>
        <source>logged in</source>
        <translation>daxil oldu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="9"/>
        <source>failed to log in</source>
        <translation>daxil ola bilmədi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="10"/>
        <source>created the organization</source>
        <translation>təşkilatı yaratdı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="11"/>
        <source>changed the organization</source>
        <translation>təşkilatı dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="12"/>
        <source>approved the organization</source>
        <translation>təşkilatı təsdiq etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="13"/>
        <source>rejected the organization</source>
        <translation>təşkilatı rədd etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="14"/>
        <source>created a user account</source>
        <translation>istifadəçi hesabı yaratdı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="15"/>
        <source>changed a user account</source>
        <translation>istifadəçi hesabını dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="16"/>
        <source>removed a user account</source>
        <translation>istifadəçi hesabını sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="17"/>
        <source>created a contest</source>
        <translation>müsabiqə yaratdı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="18"/>
        <source>changed a contest</source>
        <translation>müsabiqəni dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="19"/>
        <source>deleted a contest</source>
        <translation>müsabiqəni sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="20"/>
        <source>added a stage</source>
        <translation>mərhələ əlavə etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="21"/>
        <source>changed a stage</source>
        <translation>mərhələni dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="22"/>
        <source>deleted a stage</source>
        <translation>mərhələni sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="23"/>
        <source>added a criterion</source>
        <translation>meyar əlavə etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="24"/>
        <source>changed a criterion</source>
        <translation>meyarı dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="25"/>
        <source>deleted a criterion</source>
        <translation>meyarı sildi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="26"/>
        <source>assigned an evaluator</source>
        <translation>ekspert təyin etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="27"/>
        <source>changed an assignment</source>
        <translation>təyinatı dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="28"/>
        <source>removed an assignment</source>
        <translation>təyinatı ləğv etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="29"/>
        <source>recorded a stage decision</source>
        <translation>mərhələ qərarını qeyd etdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="30"/>
        <source>changed a stage decision</source>
        <translation>mərhələ qərarını dəyişdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="31"/>
        <source>reset a stage&apos;s scores</source>
        <translation>mərhələnin qiymətlərini sıfırladı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="32"/>
        <source>started implementation tracking</source>
        <translation>icranın izlənməsinə başladı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="33"/>
        <source>updated implementation progress</source>
        <translation>icranın gedişini yenilədi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="34"/>
        <source>declared a conflict of interest</source>
        <translation>maraqlar toqquşmasını bildirdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="35"/>
        <source>an e-mail could not be delivered</source>
        <translation>e-poçt məktubu çatdırıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="39"/>
        <source>organization</source>
        <translation>təşkilat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="40"/>
        <source>user</source>
        <translation>istifadəçi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="41"/>
        <source>contest</source>
        <translation>müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="42"/>
        <source>stage</source>
        <translation>mərhələ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="43"/>
        <source>criterion</source>
        <translation>meyar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="44"/>
        <source>assignment</source>
        <translation>təyinat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="45"/>
        <source>e-mail</source>
        <translation>e-poçt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="46"/>
        <source>decision</source>
        <translation>qərar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="47"/>
        <source>score reset</source>
        <translation>qiymətlərin sıfırlanması</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="48"/>
        <source>implementation</source>
        <translation>icra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="49"/>
        <source>conflict of interest</source>
        <translation>maraqlar toqquşması</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="68"/>
        <source>%1 after %2 attempts</source>
        <translation>%1, %2 cəhddən sonra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/audit_words.py" line="82"/>
        <source>changed: %1</source>
        <translation>dəyişənlər: %1</translation>
    </message>
</context>
<context>
    <name>AuthorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="50"/>
        <source>You have not sent any ideas yet. Press Ctrl+N to write one.</source>
        <translation>Siz hələ heç bir ideya göndərməmisiniz. Yeni ideya yazmaq üçün Ctrl+N düymələrini basın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="58"/>
        <source>New idea</source>
        <translation>Yeni ideya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="59"/>
        <source>Write a new idea (Ctrl+N)</source>
        <translation>Yeni ideya yazın (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="67"/>
        <source>My ideas</source>
        <translation>İdeyalarım</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="144"/>
        <source>Your idea “%1” was not accepted: %2</source>
        <translation>«%1» ideyanız qəbul edilmədi: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="147"/>
        <source>Your idea “%1” was received. Its tracking code is %2 — keep it to follow your idea.</source>
        <translation>«%1» ideyanız qəbul edildi. İzləmə kodu: %2. İdeyanızı izləmək üçün bu kodu saxlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/workspace.py" line="151"/>
        <source>Your idea “%1” is saved on this computer and will be sent as soon as the server can be reached. Its tracking code will appear here then.</source>
        <translation>«%1» ideyanız bu kompüterdə saxlanıldı və serverlə əlaqə yaranan kimi göndəriləcək. İzləmə kodu o zaman burada görünəcək.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="58"/>
        <source>%1: numbers</source>
        <translation>%1: rəqəmlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="70"/>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show numbers</source>
        <translation>Rəqəmləri göstər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="72"/>
        <source>Show the numbers of %1</source>
        <translation>%1 — rəqəmləri göstər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="73"/>
        <source>Save as PNG…</source>
        <translation>PNG kimi saxla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="74"/>
        <source>Save the chart %1 as a PNG picture</source>
        <translation>%1 qrafikini PNG şəkli kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="75"/>
        <source>Save as CSV…</source>
        <translation>CSV kimi saxla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="76"/>
        <source>Save the numbers of %1 as a CSV file</source>
        <translation>%1 rəqəmlərini CSV faylı kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="112"/>
        <source>Show chart</source>
        <translation>Qrafiki göstər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>Save chart as PNG</source>
        <translation>Qrafiki PNG kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="145"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG şəkilləri (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="150"/>
        <source>Save numbers as CSV</source>
        <translation>Rəqəmləri CSV kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_card.py" line="151"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV faylları (*.csv)</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="63"/>
        <source>Check my idea</source>
        <translation>İdeyamı yoxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="64"/>
        <source>Type the tracking code you received, for example %1.</source>
        <translation>Sizə verilmiş izləmə kodunu yazın, məsələn: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="66"/>
        <source>Tracking code</source>
        <translation>İzləmə kodu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="68"/>
        <source>Check</source>
        <translation>Yoxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="69"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="78"/>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="79"/>
        <source>This is not a valid tracking code. A code has ten letters and digits, for example %1.</source>
        <translation>Bu kod düzgün deyil. Kod 10 hərf və rəqəmdən ibarətdir, məsələn: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="81"/>
        <source>No idea has this code.</source>
        <translation>Bu kodla ideya tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="82"/>
        <source>The kiosk is offline right now; please try again later.</source>
        <translation>Köşk hazırda internetə qoşulmayıb. Zəhmət olmasa, bir az sonra yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="83"/>
        <source>Your idea is saved on this kiosk and will be sent as soon as the kiosk is online.</source>
        <translation>İdeyanız bu köşkdə saxlanılıb və internet bərpa olunan kimi göndəriləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="85"/>
        <source>The code could not be checked right now. Please try again later or ask a staff member.</source>
        <translation>Kodu hazırda yoxlamaq mümkün olmadı. Zəhmət olmasa, sonra yenidən cəhd edin və ya əməkdaşa müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="94"/>
        <source>Received: your idea is waiting to be reviewed.</source>
        <translation>Qəbul edilib: ideyanız baxılmağı gözləyir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="95"/>
        <source>In review: experts are assessing your idea.</source>
        <translation>Baxılır: ekspertlər ideyanızı qiymətləndirir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="96"/>
        <source>Shortlisted: your idea has reached the next stage.</source>
        <translation>Növbəti mərhələdə: ideyanız növbəti mərhələyə keçib.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="97"/>
        <source>Selected: your idea was chosen. Thank you!</source>
        <translation>Seçilib: ideyanız seçilənlər sırasındadır. Təşəkkür edirik!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="98"/>
        <source>Implemented: your idea was put into practice. Thank you!</source>
        <translation>Həyata keçirilib: ideyanız tətbiq olunub. Təşəkkür edirik!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="99"/>
        <source>Not selected this time. Thank you for taking part.</source>
        <translation>Bu dəfə seçilməyib. İştirakınız üçün təşəkkür edirik.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="100"/>
        <source>Withdrawn: this idea is no longer being considered.</source>
        <translation>Geri götürülüb: bu ideyaya artıq baxılmır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="102"/>
        <source>Status: %1</source>
        <translation>Vəziyyət: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="107"/>
        <source>Idea: %1</source>
        <translation>İdeya: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/check_page.py" line="108"/>
        <source>Topic: %1</source>
        <translation>Mövzu: %1</translation>
    </message>
</context>
<context>
    <name>CloseStageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="57"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="110"/>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="220"/>
        <source>Close stage</source>
        <translation>Mərhələni bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="61"/>
        <source>Check who advances under the rule below. Nothing changes until you press Close stage; after that the stage takes no more scores and the decisions are recorded.</source>
        <translation>Aşağıdakı qaydaya görə kimin keçdiyini yoxlayın. «Mərhələni bağla» düyməsini basana qədər heç nə dəyişmir; ondan sonra mərhələ yeni bal qəbul etmir və qərarlar qeydə alınır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="66"/>
        <source>Advancement rule</source>
        <translation>Keçid qaydası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="69"/>
        <source>Number of ideas that advance</source>
        <translation>Keçən ideyaların sayı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="73"/>
        <source>Minimum score</source>
        <translation>Minimum bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="77"/>
        <source>Ideas of the stage</source>
        <translation>Mərhələnin ideyaları</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="87"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="116"/>
        <source>&amp;Rule</source>
        <translation>&amp;Qayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="117"/>
        <source>Ideas that &amp;advance</source>
        <translation>&amp;Keçən ideyaların sayı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="118"/>
        <source>&amp;Minimum score</source>
        <translation>&amp;Minimum bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="119"/>
        <source>R&amp;eason (recorded with the decisions)</source>
        <translation>&amp;Səbəb (qərarlarla birlikdə qeydə alınır)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="147"/>
        <source>The stage could not be read: %1</source>
        <translation>Mərhələni oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="152"/>
        <source>Close stage “%1”</source>
        <translation>«%1» mərhələsini bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="156"/>
        <source>Every evaluator finds every requirement met</source>
        <translation>Hər ekspert bütün tələblərin ödəndiyini təsdiqləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="157"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation>Ekspertlərin əksəriyyəti bütün tələblərin ödəndiyini təsdiqləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="159"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation>Ən yaxşı N ideya (sərhəddə bərabər ballılar hamısı keçir)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="160"/>
        <source>Every idea with at least a minimum score</source>
        <translation>Minimum baldan az olmayan hər ideya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="161"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation>Təşkilatçının seçimi, səbəbi ilə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="210"/>
        <source>Set the stage&apos;s revision deadline first (Stages tab): authors must know by when to revise.</source>
        <translation>Əvvəlcə mərhələnin yenidən işləmə son tarixini təyin edin («Mərhələlər» bölməsi): müəlliflər nə vaxta qədər düzəliş edəcəklərini bilməlidirlər.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="214"/>
        <source>The returned ideas go back to their authors with the evaluators&apos; suggestions; revisions are due by %1 (%2 time). The stage stays open and the revised ideas are checked again.</source>
        <translation>Qaytarılan ideyalar ekspertlərin təklifləri ilə müəlliflərinə göndərilir; yenidən işlənmiş variantların son tarixi %1 (%2 vaxtı). Mərhələ açıq qalır və yenidən işlənmiş ideyalar təkrar yoxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="219"/>
        <source>Return for improvement</source>
        <translation>Təkmilləşdirməyə qaytar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="228"/>
        <source>Write the reason for your choice: it is recorded with the decisions.</source>
        <translation>Seçiminizin səbəbini yazın: o, qərarlarla birlikdə qeydə alınır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="229"/>
        <source>Some ideas are not fully judged, so the rule cannot decide them: write why the stage closes without them.</source>
        <translation>Bəzi ideyalar tam qiymətləndirilməyib və qayda onlar haqqında qərar verə bilməz: mərhələnin onlarsız niyə bağlandığını yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="235"/>
        <source>This stage has no ideas to decide on yet.</source>
        <translation>Bu mərhələdə hələ qərar veriləcək ideya yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="236"/>
        <source>%1 of %2 ideas advance.</source>
        <translation>%2 ideyadan %1 keçir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="240"/>
        <source>%n returned for improvement.</source>
        <translation>
            <numerusform>%n ideya təkmilləşdirməyə qaytarılır.</numerusform>
            <numerusform>%n ideya təkmilləşdirməyə qaytarılır.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="243"/>
        <source>%n do(es) not advance.</source>
        <translation>
            <numerusform>%n ideya keçmir.</numerusform>
            <numerusform>%n ideya keçmir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="245"/>
        <source>%n not fully judged: the rule cannot decide them.</source>
        <translation>
            <numerusform>%n ideya tam qiymətləndirilməyib: qayda onun haqqında qərar verə bilməz.</numerusform>
            <numerusform>%n ideya tam qiymətləndirilməyib: qayda onlar haqqında qərar verə bilməz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not fully scored: cannot advance by score.</source>
        <translation type="vanished">
            <numerusform>%n ideya tam qiymətləndirilməyib: bala görə keçə bilməz.</numerusform>
            <numerusform>%n ideya tam qiymətləndirilməyib: bala görə keçə bilməz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="252"/>
        <source>%n ideas tied at place %1 — all advance.</source>
        <translation>
            <numerusform>Yer %1: %n ideya bərabər baldadır — hamısı keçir.</numerusform>
            <numerusform>Yer %1: %n ideya bərabər baldadır — hamısı keçir.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="274"/>
        <source>The ideas could not be returned: %1</source>
        <translation>İdeyaları qaytarmaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/close_stage_dialog.py" line="284"/>
        <source>The stage could not be closed: %1</source>
        <translation>Mərhələni bağlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>ClosingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Rank</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="63"/>
        <source>Idea</source>
        <translation>İdeya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Screening</source>
        <translation>İlkin yoxlama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="64"/>
        <source>Decision</source>
        <translation>Qərar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>advances</source>
        <translation>keçir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="76"/>
        <source>does not advance</source>
        <translation>keçmir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="77"/>
        <source>returned for improvement</source>
        <translation>təkmilləşdirməyə qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="99"/>
        <source>%1 of %2 evaluators: all requirements met</source>
        <translation>%2 ekspertdən %1: bütün tələblər ödənir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="102"/>
        <source>incomplete — not ranked</source>
        <translation>natamam — reytinqdə deyil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="115"/>
        <source>Checked: the author gets the suggestions and may send a revision</source>
        <translation>İşarələnib: müəllif təklifləri alır və yenidən işlənmiş variant göndərə bilər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/closing_model.py" line="116"/>
        <source>Checked: this idea advances</source>
        <translation>İşarələnib: bu ideya keçir</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="47"/>
        <source>Thank you! Your idea was received.</source>
        <translation>Təşəkkür edirik! İdeyanız qəbul edildi.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="48"/>
        <source>Your tracking code:</source>
        <translation>İzləmə kodunuz:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="49"/>
        <source>Write down this code to follow your idea.</source>
        <translation>İdeyanızı izləmək üçün bu kodu yazıb saxlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="50"/>
        <source>It will be sent as soon as the kiosk is online.</source>
        <translation>İdeyanız köşk internetə qoşulan kimi göndəriləcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="51"/>
        <source>Done</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/confirmation_page.py" line="52"/>
        <source>QR code of your tracking code</source>
        <translation>İzləmə kodunuzun QR kodu</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="20"/>
        <source>Declare conflict of interest</source>
        <translation>Maraq toqquşmasını bəyan et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="21"/>
        <source>You declare that you cannot judge “%1” impartially, for example because you know its author or gain from it. The idea is given to another evaluator and leaves your list; this cannot be withdrawn.</source>
        <translation>«%1» ideyasını qərəzsiz qiymətləndirə bilmədiyinizi bəyan edirsiniz, məsələn, müəllifini tanıdığınız və ya ondan fayda gördüyünüz üçün. İdeya başqa ekspertə verilir və siyahınızdan çıxır; bunu geri götürmək olmaz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="28"/>
        <source>Reason</source>
        <translation>Səbəb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="29"/>
        <source>The reason, seen by the organizer</source>
        <translation>Səbəb — təşkilatçı görəcək</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="30"/>
        <source>&amp;Reason</source>
        <translation>&amp;Səbəb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="38"/>
        <source>Declare conflict</source>
        <translation>Maraq toqquşmasını bəyan et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="40"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/conflict_dialog.py" line="68"/>
        <source>Not saved: %1</source>
        <translation>Saxlanmadı: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="34"/>
        <source>Conflicts to resolve</source>
        <translation>Həll edilməli ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="37"/>
        <source>Someone else changed these fields on the server while you were changing them too. Until you choose, Idea Bank shows their value; your value waits here.</source>
        <translation>Siz bu sahələri dəyişərkən başqası da onları serverdə dəyişib. Siz seçənə qədər İdeya Bankı onların dəyərini göstərir; sizin dəyəriniz burada gözləyir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="42"/>
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="50"/>
        <source>No conflicts: everything you changed has reached the server as you wrote it.</source>
        <translation>Ziddiyyət yoxdur: dəyişdiyiniz hər şey yazdığınız kimi serverə çatıb.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="54"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="123"/>
        <source>Their value, on the server</source>
        <translation>Onların dəyəri, serverdə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="55"/>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="124"/>
        <source>Your value</source>
        <translation>Sizin dəyəriniz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="56"/>
        <source>Keep &amp;theirs</source>
        <translation>&amp;Onlarınkını saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="57"/>
        <source>Drop your value; nothing is sent</source>
        <translation>Sizin dəyəriniz atılır; heç nə göndərilmir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="58"/>
        <source>Keep &amp;mine</source>
        <translation>&amp;Mənimkini saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="59"/>
        <source>Send your value to the server again</source>
        <translation>Dəyərinizi serverə yenidən göndərin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="63"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="99"/>
        <source>The conflicts could not be read: %1</source>
        <translation>Ziddiyyətləri oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="129"/>
        <source>Theirs, on the server: %1</source>
        <translation>Onlarınkı, serverdə: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="130"/>
        <source>Mine: %1</source>
        <translation>Mənimki: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="150"/>
        <source>This conflict could not be resolved: %1</source>
        <translation>Bu ziddiyyəti həll etmək mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="154"/>
        <source>Your value is being sent to the server.</source>
        <translation>Dəyəriniz serverə göndərilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_dialog.py" line="155"/>
        <source>Their value is kept.</source>
        <translation>Onların dəyəri saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="38"/>
        <source>Theirs (on the server)</source>
        <translation>Onlarınkı (serverdə)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflicts_model.py" line="39"/>
        <source>Mine (your change)</source>
        <translation>Mənimki (sizin dəyişikliyiniz)</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation type="vanished">Müsabiqə</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="vanished">Mərhələ</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="vanished">Meyar</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="vanished">İdeya</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation type="vanished">Təyinat</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="vanished">Bal</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="vanished">%1 “%2”</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="vanished">Başlıq</translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="vanished">Təsvir</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="vanished">Tələblər</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation type="vanished">Açılır</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation type="vanished">Bağlanır</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="vanished">Saat qurşağı</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="vanished">Görünmə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Status</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="vanished">Kateqoriyalar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="vanished">Sıra</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Növ</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Son tarix</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Ad</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation type="vanished">Əhəmiyyət</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="vanished">Çəki</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation type="vanished">Ən aşağı bal</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation type="vanished">Ən yüksək bal</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="vanished">Şərh</translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="vanished">Mətn</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation type="vanished">Fayda</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="vanished">Kateqoriya</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="vanished">(boş)</translation>
    </message>
    <message>
        <source>%1 (%2 time)</source>
        <translation type="vanished">%1 (%2 vaxtı ilə)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="vanished">Bəli</translation>
    </message>
    <message>
        <source>No</source>
        <translation type="vanished">Xeyr</translation>
    </message>
</context>
<context>
    <name>ContestDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="47"/>
        <source>New contest</source>
        <translation>Yeni müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="49"/>
        <source>What the contest asks people for</source>
        <translation>Müsabiqədə hansı ideyalar gözlənilir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="55"/>
        <source>One requirement per line</source>
        <translation>Hər sətirdə bir tələb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="70"/>
        <source>Start and end are times in this zone. You may type any IANA time zone name, for example Europe/Paris.</source>
        <translation>Başlanğıc və bitmə vaxtı bu saat qurşağı ilə göstərilir. İstənilən IANA saat qurşağı adını yaza bilərsiniz, məsələn, Europe/Paris.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="72"/>
        <source>Public: anyone, including kiosks, may send ideas</source>
        <translation>Açıq: hər kəs, o cümlədən köşklər vasitəsilə ideya göndərə bilər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="73"/>
        <source>Internal: only staff of the organization</source>
        <translation>Daxili: yalnız təşkilatın əməkdaşları</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="78"/>
        <source>Expert evaluation</source>
        <translation>Ekspert qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="88"/>
        <source>Create contest</source>
        <translation>Müsabiqə yarat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="106"/>
        <source>to</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="113"/>
        <source>&amp;Title</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="114"/>
        <source>&amp;Description</source>
        <translation>Təs&amp;vir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="115"/>
        <source>&amp;Requirements</source>
        <translation>&amp;Tələblər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="116"/>
        <source>&amp;Open from</source>
        <translation>&amp;Müddət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="119"/>
        <source>Time &amp;zone</source>
        <translation>&amp;Saat qurşağı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="120"/>
        <source>Who may take part</source>
        <translation>Kim iştirak edə bilər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="121"/>
        <source>&amp;Scoring stage</source>
        <translation>&amp;Qiymətləndirmə mərhələsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="122"/>
        <source>Scoring criteria (each scored from 1 to 10)</source>
        <translation>Qiymətləndirmə meyarları (hər birinə 1–10 bal verilir)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="137"/>
        <source>Enter a title for the contest.</source>
        <translation>Müsabiqənin adını daxil edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="140"/>
        <source>“%1” is not a known time zone. Choose one from the list or type a name such as Asia/Baku.</source>
        <translation>«%1» adlı saat qurşağı tanınmır. Siyahıdan birini seçin və ya Asia/Baku kimi ad yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="144"/>
        <source>The contest must end after it starts.</source>
        <translation>Müsabiqənin bitmə vaxtı başlanğıc vaxtından sonra olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="146"/>
        <source>Enter a title for the scoring stage.</source>
        <translation>Qiymətləndirmə mərhələsinin adını daxil edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="177"/>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_dialog.py" line="185"/>
        <source>The contest could not be saved: %1</source>
        <translation>Müsabiqəni yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>ContestList</name>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="151"/>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="159"/>
        <source>Contests</source>
        <translation>Müsabiqələr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="152"/>
        <source>&amp;New contest</source>
        <translation>&amp;Yeni müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="154"/>
        <source>Create a contest with its scoring criteria (Ctrl+N)</source>
        <translation>Qiymətləndirmə meyarları ilə birlikdə müsabiqə yaradın (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/contest_list.py" line="156"/>
        <source>No contests yet. Create the first one with New contest.</source>
        <translation>Hələ müsabiqə yoxdur. İlkini «Yeni müsabiqə» düyməsi ilə yaradın.</translation>
    </message>
</context>
<context>
    <name>ContestListModel</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="60"/>
        <source>Internal · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Daxili · %n ideya
Son tarix: %1 (%2)</numerusform>
            <numerusform>Daxili · %n ideya
Son tarix: %1 (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/contest_list.py" line="62"/>
        <source>Public · %n idea(s)
Deadline: %1 (%2)</source>
        <translation>
            <numerusform>Açıq · %n ideya
Son tarix: %1 (%2)</numerusform>
            <numerusform>Açıq · %n ideya
Son tarix: %1 (%2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriteriaEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="91"/>
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="92"/>
        <source>Importance</source>
        <translation>Əhəmiyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="93"/>
        <source>Weight</source>
        <translation>Çəki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="103"/>
        <source>&amp;Add criterion</source>
        <translation>Meyar ə&amp;lavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="157"/>
        <source>Add at least one criterion.</source>
        <translation>Ən azı bir meyar əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="163"/>
        <source>Criterion %1 has no name.</source>
        <translation>%1 nömrəli meyarın adı yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="165"/>
        <source>Two criteria are called “%1”.</source>
        <translation>İki meyarın adı eynidir: «%1».</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="43"/>
        <source>Criterion name</source>
        <translation>Meyarın adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="45"/>
        <source>Low</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="46"/>
        <source>Medium</source>
        <translation>Orta</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="47"/>
        <source>Very important</source>
        <translation>Çox vacib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="55"/>
        <source>How much this criterion counts in the weighted mean</source>
        <translation>Bu meyarın çəkili orta qiymətdəki payı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/criteria_editor.py" line="56"/>
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>EvaluatorWorkspace</name>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="50"/>
        <source>Show only unfinished ideas</source>
        <translation>Yalnız tamamlanmamış ideyaları göstər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="57"/>
        <source>Ideas to score</source>
        <translation>Qiymətləndiriləcək ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="64"/>
        <source>No ideas are assigned to you yet. They appear here once the organizer assigns them and this computer has synced.</source>
        <translation>Sizə hələ ideya təyin edilməyib. Təşkilatçı ideyaları təyin etdikdən və bu kompüter sinxronlaşdıqdan sonra onlar burada görünəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="71"/>
        <source>Your ideas to score</source>
        <translation>Qiymətləndirəcəyiniz ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="88"/>
        <source>Declare conflict of &amp;interest…</source>
        <translation>Maraq &amp;toqquşmasını bəyan et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="89"/>
        <source>You cannot judge this idea impartially: it goes to another evaluator</source>
        <translation>Bu ideyanı qərəzsiz qiymətləndirə bilmirsiniz: o, başqa ekspertə veriləcək</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="165"/>
        <source>%1 of %2 done</source>
        <translation>Tamamlanıb: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="218"/>
        <source>Unsaved scores</source>
        <translation>Yadda saxlanmamış ballar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="219"/>
        <source>You changed scores on this idea without saving. Save them as a draft?</source>
        <translation>Bu ideya üzrə balları dəyişmisiniz, lakin yadda saxlamamısınız. Qaralama kimi yadda saxlansın?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/workspace.py" line="254"/>
        <source>All ideas assigned to you are scored. Thank you!</source>
        <translation>Sizə təyin edilmiş bütün ideyalar qiymətləndirilib. Təşəkkür edirik!</translation>
    </message>
</context>
<context>
    <name>FieldBlock</name>
    <message>
        <location filename="../../desktop/ui/kiosk/form_fields.py" line="101"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>IdeaFormPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="100"/>
        <source>Write your idea in your own words. You do not have to give your name.</source>
        <translation>İdeyanızı öz sözlərinizlə yazın. Adınızı yazmaq məcburi deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="102"/>
        <source>Category of your idea</source>
        <translation>İdeyanızın kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="103"/>
        <source>Please choose a category.</source>
        <translation>Zəhmət olmasa, kateqoriya seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="105"/>
        <source>Title of your idea</source>
        <translation>İdeyanızın adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="106"/>
        <source>Describe your idea</source>
        <translation>İdeyanızı təsvir edin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="107"/>
        <source>What would get better? (optional)</source>
        <translation>Nə yaxşılaşacaq? (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="109"/>
        <source>I agree that my name and contact details are stored to answer me about this idea; they are deleted from this kiosk once sent.</source>
        <translation>Bu ideya ilə bağlı mənə cavab vermək üçün adımın və əlaqə məlumatlarımın saxlanmasına razıyam. Göndərildikdən sonra onlar bu köşkdən silinir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="111"/>
        <source>Your name (optional)</source>
        <translation>Adınız (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="112"/>
        <source>Phone number (optional)</source>
        <translation>Telefon nömrəsi (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="113"/>
        <source>Email address (optional)</source>
        <translation>E-poçt ünvanı (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="114"/>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="249"/>
        <source>Sending…</source>
        <translation>Göndərilir…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="115"/>
        <source>Send</source>
        <translation>Göndər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="117"/>
        <source>Deadline: %1</source>
        <translation>Son tarix: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="127"/>
        <source>Please give your idea a short title.</source>
        <translation>Zəhmət olmasa, ideyanıza qısa ad verin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="128"/>
        <source>Please describe your idea.</source>
        <translation>Zəhmət olmasa, ideyanızı təsvir edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="130"/>
        <source>This is too long: please use at most %1 characters.</source>
        <translation>Mətn çox uzundur: ən çox %1 simvol yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="133"/>
        <source>This does not look like an email address. Example: name@example.az</source>
        <translation>Bu, e-poçt ünvanına oxşamır. Nümunə: name@example.az</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="135"/>
        <source>Please enter a phone number with 7 to 20 digits, for example +994 12 345 67 89.</source>
        <translation>Zəhmət olmasa, 7–20 rəqəmdən ibarət telefon nömrəsi yazın, məsələn: +994 12 345 67 89.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="140"/>
        <source>Sorry, your idea could not be saved. Please try again or ask a staff member for help.</source>
        <translation>Təəssüf ki, ideyanızı yadda saxlamaq mümkün olmadı. Zəhmət olmasa, yenidən cəhd edin və ya əməkdaşdan kömək istəyin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idea_form_page.py" line="143"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Zəhmət olmasa, qırmızı ilə qeyd olunmuş xanaları düzəldin.</translation>
    </message>
</context>
<context>
    <name>IdeaOutcomeView</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="128"/>
        <source>&amp;Revise…</source>
        <translation>&amp;Yenidən işlə…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="129"/>
        <source>Improve the idea along the suggestions and send it again</source>
        <translation>İdeyanı təkliflərə uyğun təkmilləşdirib yenidən göndərin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="177"/>
        <source>went on to the next stage</source>
        <translation>növbəti mərhələyə keçdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="178"/>
        <source>did not go on</source>
        <translation>növbəti mərhələyə keçmədi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="179"/>
        <source>returned for improvement</source>
        <translation>təkmilləşdirməyə qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>planned</source>
        <translation>planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="182"/>
        <source>in progress</source>
        <translation>icra olunur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>implemented</source>
        <translation>icra olunub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="183"/>
        <source>dropped</source>
        <translation>dayandırılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="187"/>
        <source>Select one of your ideas to see how it is doing.</source>
        <translation>Vəziyyətini görmək üçün ideyalarınızdan birini seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="193"/>
        <source>Your idea was returned for improvement. The evaluators suggest:</source>
        <translation>İdeyanız təkmilləşdirmə üçün qaytarılıb. Ekspertlər təklif edir:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="194"/>
        <source>(no suggestions given)</source>
        <translation>(təklif verilməyib)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="196"/>
        <source>Send your revision by %1 (%2 time).</source>
        <translation>Yenidən işlənmiş variantı %1 tarixinədək göndərin (%2 vaxtı ilə).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="203"/>
        <source>Results announced on %1.</source>
        <translation>Nəticələr %1 tarixində elan edilib.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="206"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="209"/>
        <source>Feedback for you:</source>
        <translation>Sizin üçün rəylər:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="215"/>
        <source>Implementation: %1, %2% done.</source>
        <translation>İcra: %1, %2% tamamlanıb.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="218"/>
        <source>Planned to be done by %1.</source>
        <translation>%1 tarixinədək başa çatdırılması planlaşdırılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="224"/>
        <source>The outcome appears here once the organizer announces the results.</source>
        <translation>Təşkilatçı nəticələri elan etdikdən sonra nəticə burada görünəcək.</translation>
    </message>
</context>
<context>
    <name>IdeaView</name>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="35"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="37"/>
        <source>Expected benefit</source>
        <translation>Gözlənilən fayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="41"/>
        <source>Select an idea in the list on the left to read and score it.</source>
        <translation>Oxumaq və qiymətləndirmək üçün soldakı siyahıdan ideya seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/idea_view.py" line="70"/>
        <source>No expected benefit was given.</source>
        <translation>Gözlənilən fayda göstərilməyib.</translation>
    </message>
</context>
<context>
    <name>IdeasModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Received</source>
        <translation>Qəbul tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="110"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Desktop</source>
        <translation>Kompüter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="122"/>
        <source>Kiosk</source>
        <translation>Köşk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="123"/>
        <source>Imported</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Submitted</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="126"/>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Shortlisted</source>
        <translation>Qısa siyahıda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="127"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_model.py" line="128"/>
        <source>Winner</source>
        <translation>Qalib</translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="55"/>
        <source>Search in titles and texts (Ctrl+F)</source>
        <translation>Başlıq və mətnlərdə axtarış (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="83"/>
        <source>Text of the idea</source>
        <translation>İdeyanın mətni</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="103"/>
        <source>Filter by status</source>
        <translation>Statusa görə süz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="104"/>
        <source>Any status</source>
        <translation>İstənilən status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="105"/>
        <source>Submitted</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="106"/>
        <source>Shortlisted</source>
        <translation>Qısa siyahıda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="107"/>
        <source>Winner</source>
        <translation>Qalib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="108"/>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="111"/>
        <source>Filter by stage</source>
        <translation>Mərhələyə görə süz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="112"/>
        <source>Ideas assigned to evaluators in this stage</source>
        <translation>Bu mərhələdə qiymətləndiricilərə təyin edilmiş ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="113"/>
        <source>Any stage</source>
        <translation>İstənilən mərhələ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="115"/>
        <source>Filter by channel</source>
        <translation>Kanala görə süz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="116"/>
        <source>Any channel</source>
        <translation>İstənilən kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Desktop</source>
        <translation>Kompüter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="117"/>
        <source>Kiosk</source>
        <translation>Köşk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="118"/>
        <source>Imported</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="120"/>
        <source>Received from</source>
        <translation>Daxil olub: başlanğıc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="121"/>
        <source>Received until</source>
        <translation>Daxil olub: son</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="130"/>
        <source>%1 (a day in the contest&apos;s time zone; the first value means any day)</source>
        <translation>%1 (müsabiqənin saat qurşağında gün; ilk dəyər istənilən gün deməkdir)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="134"/>
        <source>any day</source>
        <translation>istənilən gün</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="170"/>
        <source>Stage %1</source>
        <translation>Mərhələ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="192"/>
        <source>until</source>
        <translation>son</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="304"/>
        <source>No idea matches “%1”.</source>
        <translation>«%1» üzrə ideya tapılmadı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="306"/>
        <source>No idea matches these filters.</source>
        <translation>Bu süzgəclərə uyğun ideya yoxdur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="308"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n ideya</numerusform>
            <numerusform>%n ideya</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ideas_tab.py" line="322"/>
        <source>Select an idea to read it here. Select several with Ctrl or Shift to assign them together.</source>
        <translation>Burada oxumaq üçün ideya seçin. Bir neçə ideyanı birlikdə təyin etmək üçün onları Ctrl və ya Shift ilə seçin.</translation>
    </message>
</context>
<context>
    <name>IdleBanner</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/idle.py" line="120"/>
        <source>Are you still there? Returning to the start in %n second(s)</source>
        <translation>
            <numerusform>Hələ buradasınız? %n saniyədən sonra ekran əvvələ qayıdacaq</numerusform>
            <numerusform>Hələ buradasınız? %n saniyədən sonra ekran əvvələ qayıdacaq</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/idle.py" line="122"/>
        <source>Continue</source>
        <translation>Davam et</translation>
    </message>
</context>
<context>
    <name>ImplementationModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>planned</source>
        <translation>planlaşdırılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="29"/>
        <source>in progress</source>
        <translation>icra olunur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>implemented</source>
        <translation>icra olunub</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="30"/>
        <source>dropped</source>
        <translation>dayandırılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="31"/>
        <source>not tracked yet</source>
        <translation>hələ izlənilmir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Idea</source>
        <translation>İdeya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Progress</source>
        <translation>İrəliləyiş</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="43"/>
        <source>Due</source>
        <translation>Plan tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_model.py" line="44"/>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
</context>
<context>
    <name>ImplementationTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="49"/>
        <source>Winning ideas</source>
        <translation>Qalib ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="61"/>
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="67"/>
        <source>Progress in percent</source>
        <translation>İrəliləyiş faizlə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="71"/>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <source>Set</source>
        <translation>Təyin et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="72"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="86"/>
        <source>Started</source>
        <translation>Başlanıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="73"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="87"/>
        <source>Due</source>
        <translation>Plan tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="74"/>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="88"/>
        <source>Finished</source>
        <translation>Bitib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="77"/>
        <source>Save progress</source>
        <translation>İrəliləyişi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="79"/>
        <source>Save this idea&apos;s implementation record (Ctrl+S)</source>
        <translation>Bu ideyanın icra qeydini saxlayın (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="83"/>
        <source>Stat&amp;us</source>
        <translation>&amp;Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="84"/>
        <source>&amp;Progress</source>
        <translation>&amp;İrəliləyiş</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="85"/>
        <source>N&amp;otes</source>
        <translation>&amp;Qeydlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="124"/>
        <source>Implementation is tracked for the ideas that advance in the last stage, once that stage is closed.</source>
        <translation>İcra son mərhələdən keçən ideyalar üçün, həmin mərhələ bağlandıqdan sonra izlənilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="127"/>
        <source>No idea advanced in the last stage, so there is nothing to implement.</source>
        <translation>Son mərhələdən heç bir ideya keçməyib, ona görə icra ediləcək bir şey yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="130"/>
        <source>Choose a winning idea to record its status, progress, notes and dates. Its author sees them after the results are announced.</source>
        <translation>Vəziyyətini, irəliləyişini, qeydlərini və tarixlərini yazmaq üçün qalib ideyanı seçin. Müəllif bunları nəticələr elan edildikdən sonra görür.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="150"/>
        <source>No idea selected</source>
        <translation>İdeya seçilməyib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="164"/>
        <source>The finish date is before the start date.</source>
        <translation>Bitmə tarixi başlanma tarixindən əvvəldir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="188"/>
        <source>Not saved: %1</source>
        <translation>Saxlanmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/implementation_tab.py" line="190"/>
        <source>Saved.</source>
        <translation>Saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../desktop/ui/kiosk/window.py" line="100"/>
        <source>Idea Bank — share your idea</source>
        <translation>İdeya Bankı — ideyanızı bölüşün</translation>
    </message>
</context>
<context>
    <name>LeniencyModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Evaluator</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Ideas scored</source>
        <translation>Qiymətləndirilən ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="38"/>
        <source>Mean deviation</source>
        <translation>Orta kənarlaşma</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="39"/>
        <source>Tendency</source>
        <translation>Meyil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="44"/>
        <source>lenient</source>
        <translation>yumşaq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="46"/>
        <source>harsh</source>
        <translation>sərt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/leniency_model.py" line="47"/>
        <source>in line with the panel</source>
        <translation>panellə uyğun</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="33"/>
        <source>Idea Bank — sign in</source>
        <translation>İdeya Bankı — giriş</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="47"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="48"/>
        <source>User name</source>
        <translation>İstifadəçi adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="49"/>
        <source>Password</source>
        <translation>Şifrə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="52"/>
        <source>Sign in</source>
        <translation>Daxil ol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="54"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="58"/>
        <source>Sign in to Idea Bank</source>
        <translation>İdeya Bankına daxil olun</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="71"/>
        <source>Enter the server, your user name and your password.</source>
        <translation>Serveri, istifadəçi adınızı və şifrənizi daxil edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="73"/>
        <source>Signing in…</source>
        <translation>Daxil olunur…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="89"/>
        <source>Wrong password. The server cannot be reached, so it was checked against this computer&apos;s copy of your profile.</source>
        <translation>Parol səhvdir. Serverə qoşulmaq mümkün deyil, ona görə parol bu kompüterdəki profilinizlə yoxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="95"/>
        <source>This profile folder belongs to %1. Sign in as %1, or start without choosing a profile folder.</source>
        <translation>Bu profil qovluğu %1 istifadəçisinə məxsusdur. %1 kimi daxil olun və ya profil qovluğu seçmədən başladın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="99"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>Serverlə əlaqə qurulmadı. Ünvanı və şəbəkə bağlantısını yoxlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="93"/>
        <location filename="../../desktop/ui/login_dialog.py" line="102"/>
        <source>Wrong user name or password.</source>
        <translation>İstifadəçi adı və ya şifrə yanlışdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="104"/>
        <source>Please update Idea Bank: the server no longer accepts this version.</source>
        <translation>Zəhmət olmasa, İdeya Bankını yeniləyin: server artıq bu versiyanı qəbul etmir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="107"/>
        <source>Too many failed sign-ins. Try again at %1.</source>
        <translation>Çox sayda uğursuz giriş cəhdi. Yenidən cəhd edə biləcəyiniz vaxt: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="110"/>
        <source>Your organization is waiting for approval by the platform administrator. You can sign in once it is approved.</source>
        <translation>Təşkilatınız platforma administratorunun təsdiqini gözləyir. Təsdiq edildikdən sonra daxil ola bilərsiniz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="114"/>
        <source>Your organization&apos;s registration was not approved. Please contact the platform administrator.</source>
        <translation>Təşkilatınızın qeydiyyatı təsdiq edilmədi. Zəhmət olmasa, platforma administratoru ilə əlaqə saxlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="117"/>
        <source>The server refused: %1</source>
        <translation>Server imtina etdi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="119"/>
        <source>Unexpected error: %1</source>
        <translation>Gözlənilməz xəta: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42"/>
        <source>Idea Bank — %1</source>
        <translation>İdeya Bankı — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="47"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="48"/>
        <source>&amp;Sync now</source>
        <translation>İndi &amp;sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="51"/>
        <source>Resolve &amp;conflicts…</source>
        <translation>&amp;Ziddiyyətləri həll et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="55"/>
        <source>&amp;Refused changes…</source>
        <translation>&amp;Rədd edilmiş dəyişikliklər…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="59"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
</context>
<context>
    <name>MyIdeasModel</name>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Contest</source>
        <translation>Müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="68"/>
        <source>Tracking code</source>
        <translation>İzləmə kodu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="69"/>
        <source>Created</source>
        <translation>Yaradılma tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="74"/>
        <source>Not accepted: %1</source>
        <translation>Qəbul edilmədi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="76"/>
        <source>Waiting to be sent</source>
        <translation>Göndərilməyi gözləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Submitted</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="77"/>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Returned for improvement</source>
        <translation>Təkmilləşdirməyə qaytarılıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="78"/>
        <source>Revised</source>
        <translation>Yenidən işlənib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="96"/>
        <source>The server gives the code when the idea reaches it.</source>
        <translation>İdeya serverə çatanda server ona kod verəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/my_ideas_model.py" line="97"/>
        <source>after sending</source>
        <translation>göndərildikdən sonra</translation>
    </message>
</context>
<context>
    <name>NewIdeaForm</name>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="46"/>
        <source>Contest</source>
        <translation>Müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="49"/>
        <source>A short name for your idea</source>
        <translation>İdeyanız üçün qısa ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="51"/>
        <source>What do you propose, and how would it work?</source>
        <translation>Nə təklif edirsiniz və bu necə işləyəcək?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="53"/>
        <source>Who gains what? (optional)</source>
        <translation>Kim nə qazanacaq? (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="60"/>
        <source>Submit idea</source>
        <translation>İdeyanı göndər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="61"/>
        <source>Save the idea and send it (Ctrl+Enter)</source>
        <translation>İdeyanı yadda saxla və göndər (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="62"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="65"/>
        <source>New idea</source>
        <translation>Yeni ideya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="70"/>
        <source>&amp;Contest</source>
        <translation>&amp;Müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="72"/>
        <source>&amp;Description</source>
        <translation>&amp;Təsvir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="73"/>
        <source>Expected &amp;benefit</source>
        <translation>Gözlənilən &amp;fayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="160"/>
        <source>No contest is accepting ideas right now.</source>
        <translation>Hazırda heç bir müsabiqə ideya qəbul etmir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="163"/>
        <source>Open until %1 (time zone %2).</source>
        <translation>Son tarix: %1 (saat qurşağı: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="167"/>
        <source>For staff of the organization only.</source>
        <translation>Yalnız təşkilatın əməkdaşları üçün.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="177"/>
        <source>%1 of %2 characters</source>
        <translation>%1 / %2 simvol</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="191"/>
        <source>Choose the contest for your idea.</source>
        <translation>İdeyanız üçün müsabiqə seçin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="193"/>
        <source>Give your idea a title.</source>
        <translation>İdeyanıza başlıq verin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="195"/>
        <source>Describe your idea.</source>
        <translation>İdeyanızı təsvir edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="198"/>
        <source>This is %1 characters long; at most %2 fit.</source>
        <translation>Mətnin uzunluğu %1 simvoldur; ən çox %2 simvol ola bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="217"/>
        <source>Saving…</source>
        <translation>Yadda saxlanılır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/new_idea_form.py" line="228"/>
        <source>Your idea could not be saved: %1</source>
        <translation>İdeyanızı yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationsModel</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Organization</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="36"/>
        <source>People</source>
        <translation>İstifadəçilər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Waiting for approval</source>
        <translation>Təsdiq gözləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="40"/>
        <source>Approved</source>
        <translation>Təsdiq edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="41"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_model.py" line="42"/>
        <source>%1 (not sent yet)</source>
        <translation>%1 (hələ göndərilməyib)</translation>
    </message>
</context>
<context>
    <name>OrganizationsScreen</name>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="34"/>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="45"/>
        <source>Organizations</source>
        <translation>Təşkilatlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="36"/>
        <source>Organizations register themselves and wait here. Approve one and its administrator can sign in and invite its staff.</source>
        <translation>Təşkilatlar özləri qeydiyyatdan keçir və burada gözləyir. Təşkilatı təsdiq etdikdə onun administratoru daxil olub əməkdaşlarını dəvət edə bilər.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="39"/>
        <source>&amp;Only those waiting for approval</source>
        <translation>&amp;Yalnız təsdiq gözləyənlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="41"/>
        <source>Show only organizations waiting for approval</source>
        <translation>Yalnız təsdiq gözləyən təşkilatları göstər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="57"/>
        <source>&amp;Approve</source>
        <translation>&amp;Təsdiq et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="58"/>
        <source>Approve the selected organization</source>
        <translation>Seçilmiş təşkilatı təsdiq et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="60"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Rədd et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="61"/>
        <source>Reject the selected organization</source>
        <translation>Seçilmiş təşkilatı rədd et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="86"/>
        <source>The organizations could not be read: %1</source>
        <translation>Təşkilatları oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="92"/>
        <source>No organization is waiting for approval. New registrations appear here after the next sync (File → Sync now).</source>
        <translation>Təsdiq gözləyən təşkilat yoxdur. Yeni qeydiyyatlar növbəti sinxronlaşdırmadan sonra burada görünəcək (Fayl → İndi sinxronlaşdır).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="95"/>
        <source>No organizations yet. They appear here after the next sync.</source>
        <translation>Hələ təşkilat yoxdur. Onlar növbəti sinxronlaşdırmadan sonra burada görünəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="127"/>
        <source>Reject the organization</source>
        <translation>Təşkilatı rədd et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/organizations_screen.py" line="128"/>
        <source>Reject %1? Its people cannot sign in, and any sessions they have end.</source>
        <translation>%1 rədd edilsin? Onun istifadəçiləri daxil ola bilməyəcək, açıq sessiyaları isə bağlanacaq.</translation>
    </message>
</context>
<context>
    <name>OrganizerWorkspace</name>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="53"/>
        <source>&amp;Ideas</source>
        <translation>İ&amp;deyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="54"/>
        <source>&amp;Assignment</source>
        <translation>&amp;Təyinat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="55"/>
        <source>&amp;Ranking</source>
        <translation>&amp;Reytinq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="56"/>
        <source>S&amp;tatistics</source>
        <translation>&amp;Statistika</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="57"/>
        <source>Sta&amp;ges</source>
        <translation>Mər&amp;hələlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="58"/>
        <source>I&amp;mplementation</source>
        <translation>İ&amp;cra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="60"/>
        <source>Audit &amp;log</source>
        <translation>Audit &amp;jurnalı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="100"/>
        <source>No contest selected</source>
        <translation>Müsabiqə seçilməyib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="101"/>
        <source>Select a contest on the left, or create one with New contest (Ctrl+N).</source>
        <translation>Soldakı siyahıdan müsabiqə seçin və ya «Yeni müsabiqə» (Ctrl+N) ilə yenisini yaradın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="105"/>
        <source>Internal contest, open from %1 to %2 (%3 time)</source>
        <translation>Daxili müsabiqə: %1 – %2 (%3 vaxtı ilə)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/workspace.py" line="107"/>
        <source>Public contest, open from %1 to %2 (%3 time)</source>
        <translation>Açıq müsabiqə: %1 – %2 (%3 vaxtı ilə)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/workspace.py" line="131"/>
        <source>The server refused %n change(s) to this contest (File › Refused changes):</source>
        <translation>
            <numerusform>Server bu müsabiqədə %n dəyişikliyi rədd etdi (Fayl › Rədd edilmiş dəyişikliklər):</numerusform>
            <numerusform>Server bu müsabiqədə %n dəyişikliyi rədd etdi (Fayl › Rədd edilmiş dəyişikliklər):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="75"/>
        <source>Staff only: enter the kiosk PIN</source>
        <translation>Yalnız əməkdaşlar üçün: PIN kodunu daxil edin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="76"/>
        <source>Erase</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="77"/>
        <source>Erase the last digit</source>
        <translation>Son rəqəmi sil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="78"/>
        <source>OK</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="79"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="80"/>
        <source>PIN, %n digit(s) entered</source>
        <translation>
            <numerusform>PIN kodu: %n rəqəm daxil edilib</numerusform>
            <numerusform>PIN kodu: %n rəqəm daxil edilib</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="85"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Səhv PIN kodu həddindən çox daxil edildi. %n saniyədən sonra yenidən cəhd edin.</numerusform>
            <numerusform>Səhv PIN kodu həddindən çox daxil edildi. %n saniyədən sonra yenidən cəhd edin.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="87"/>
        <source>Checking…</source>
        <translation>Yoxlanılır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="88"/>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN kodu səhvdir. Zəhmət olmasa, yenidən cəhd edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="89"/>
        <source>No kiosk PIN is set for this organization; ask the administrator.</source>
        <translation>Bu təşkilat üçün köşkün PIN kodu təyin edilməyib; administratora müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/pin_dialog.py" line="91"/>
        <source>The PIN could not be checked. Please try again.</source>
        <translation>PIN kodunu yoxlamaq mümkün olmadı. Zəhmət olmasa, yenidən cəhd edin.</translation>
    </message>
</context>
<context>
    <name>ProtocolExporter</name>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="47"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF sənədi (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="49"/>
        <source>CSV for spreadsheets, UTF-8 (*.csv)</source>
        <translation>Cədvəl proqramları üçün CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="56"/>
        <source>Export the contest protocol</source>
        <translation>Müsabiqənin protokolunu ixrac et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="67"/>
        <source>Protocol not saved</source>
        <translation>Protokol saxlanmadı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="90"/>
        <source>The protocol could not be written to %1: %2. Choose another folder, or free some disk space, and export again.</source>
        <translation>Protokol %1 faylına yazıla bilmədi: %2. Başqa qovluq seçin və ya diskdə yer boşaldın, sonra yenidən ixrac edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/protocol_export.py" line="94"/>
        <source>The protocol for %1 could not be made: %2</source>
        <translation>%1 üçün protokol hazırlana bilmədi: %2</translation>
    </message>
</context>
<context>
    <name>QMainWindow</name>
    <message>
        <source>Platform administration is done with the ideabank-server command in this version.</source>
        <translation type="vanished">Bu versiyada platformanın idarə edilməsi ideabank-server əmri ilə aparılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="30"/>
        <source>This account has no workspace in the desktop client.</source>
        <translation>Bu hesab üçün masaüstü proqramda iş sahəsi yoxdur.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="13"/>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="14"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="15"/>
        <source>Save</source>
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="16"/>
        <source>Discard</source>
        <translation>Ləğv et və bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="17"/>
        <source>Don&apos;t Save</source>
        <translation>Saxlama</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="18"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="19"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="20"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/qt_buttons.py" line="21"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>Idea</source>
        <translation>İdeya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="146"/>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="161"/>
        <source>%1 of %2 done</source>
        <translation>Tamamlanıb: %1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="164"/>
        <source>The server did not accept your scores: %1</source>
        <translation>Server ballarınızı qəbul etmədi: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="178"/>
        <source>✓ Done</source>
        <translation>✓ Tamamlanıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="179"/>
        <source>◐ Partly scored</source>
        <translation>◐ Qismən qiymətləndirilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="180"/>
        <source>○ Not started</source>
        <translation>○ Başlanmayıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/queue_model.py" line="181"/>
        <source>⚠ Refused by the server</source>
        <translation>⚠ Server qəbul etmədi</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Rank</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Idea</source>
        <translation>İdeya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="47"/>
        <source>Normalised</source>
        <translation>Normallaşdırılmış</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Evaluators</source>
        <translation>Ekspertlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="48"/>
        <source>Disagreement</source>
        <translation>Fikir ayrılığı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="62"/>
        <source>incomplete — not ranked yet</source>
        <translation>natamam — hələ reytinqdə deyil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="70"/>
        <source>wide</source>
        <translation>böyük</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="84"/>
        <source>The evaluators&apos; scores for this idea lie far apart: at least 30% of the scale. Worth a look before closing the stage.</source>
        <translation>Bu ideya üzrə ekspertlərin balları bir-birindən çox fərqlənir: şkalanın ən azı 30%-i qədər. Mərhələni bağlamazdan əvvəl baxmağa dəyər.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_model.py" line="87"/>
        <source>Each evaluator&apos;s scores rescaled so that lenient and harsh evaluators count alike</source>
        <translation>Hər ekspertin balları yenidən miqyaslanıb ki, yumşaq və sərt ekspertlər eyni çəkidə olsun</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="96"/>
        <source>Score: the mean over the assigned evaluators of each one&apos;s weighted mean of the criteria. An idea is ranked once every assigned evaluator has scored every criterion.</source>
        <translation>Bal — təyin edilmiş ekspertlərin hər birinin meyarlar üzrə verdiyi çəkili orta qiymətlərin ortalamasıdır. İdeya bütün təyin edilmiş ekspertlər hər meyarı qiymətləndirdikdən sonra reytinqə daxil olur.</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="vanished">Mərhələ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="66"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="68"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="213"/>
        <source>C&amp;lose stage…</source>
        <translation>Mərhələni &amp;bağla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="69"/>
        <source>See who advances under the stage&apos;s rule, then confirm to close the stage</source>
        <translation>Mərhələnin qaydasına görə kimin keçdiyinə baxın, sonra mərhələni bağlamağı təsdiqləyin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="72"/>
        <source>A&amp;nnounce results…</source>
        <translation>Nəticələri &amp;elan et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="73"/>
        <source>Tell the authors their outcomes and release their feedback; possible once every stage is closed</source>
        <translation>Müəlliflərə nəticələri bildirin və rəyləri açın; bütün mərhələlər bağlandıqdan sonra mümkündür</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="80"/>
        <source>Export protocol…</source>
        <translation>Protokolu ixrac et…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="82"/>
        <source>Export the contest protocol</source>
        <translation>Müsabiqənin protokolunu ixrac et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="83"/>
        <source>Save the contest protocol (stages, criteria and weights, evaluators, scores, ranking, decisions) as PDF, Excel or CSV (Ctrl+E)</source>
        <translation>Müsabiqənin protokolunu (mərhələlər, meyarlar və çəkilər, ekspertlər, qiymətlər, reytinq, qərarlar) PDF, Excel və ya CSV kimi saxla (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="94"/>
        <source>Ranking</source>
        <translation>Reytinq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="95"/>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="122"/>
        <source>Evaluator leniency</source>
        <translation>Ekspertlərin yumşaqlığı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="103"/>
        <source>&amp;Stage:</source>
        <translation>&amp;Mərhələ:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="172"/>
        <source>Stage %1</source>
        <translation>Mərhələ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="184"/>
        <source>Mean deviation: how far an evaluator&apos;s scores lie, on average, from the panel&apos;s mean for the same ideas (+ lenient, − harsh).</source>
        <translation>Orta kənarlaşma: ekspertin ballarının eyni ideyalar üzrə panelin orta balından orta hesabla nə qədər fərqləndiyi (+ yumşaq, − sərt).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="187"/>
        <source>The leniency report appears once evaluators have fully scored ideas.</source>
        <translation>Ekspertlər ideyaları tam qiymətləndirdikdən sonra yumşaqlıq hesabatı görünəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="190"/>
        <source>This contest has no scoring stage yet.</source>
        <translation>Bu müsabiqədə hələ qiymətləndirmə mərhələsi yoxdur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="192"/>
        <source>No idea is assigned to an evaluator in this stage yet.</source>
        <translation>Bu mərhələdə hələ heç bir ideya ekspertə təyin edilməyib.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="194"/>
        <source>A screening stage ranks nothing: Close stage… shows who passes the requirements.</source>
        <translation>İlkin yoxlama mərhələsində reytinq olmur: «Mərhələni bağla…» tələblərdən kimin keçdiyini göstərir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="197"/>
        <source>%1 ranked, %2 waiting for scores</source>
        <translation>Reytinqdə: %1, bal gözləyir: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="214"/>
        <source>Stage closed</source>
        <translation>Mərhələ bağlanıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="226"/>
        <source>Results announced on %1 (%2 time). Authors see their outcomes and feedback; the results are final.</source>
        <translation>Nəticələr %1 tarixində elan edilib (%2 vaxtı ilə). Müəlliflər nəticələri və rəyləri görür; nəticələr qətidir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="233"/>
        <source>Results can be announced once every stage is closed (%n still open).</source>
        <translation>
            <numerusform>Nəticələri bütün mərhələlər bağlandıqdan sonra elan etmək olar (hələ %n mərhələ açıqdır).</numerusform>
            <numerusform>Nəticələri bütün mərhələlər bağlandıqdan sonra elan etmək olar (hələ %n mərhələ açıqdır).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="236"/>
        <source>Every stage is closed: the results can be announced to the authors.</source>
        <translation>Bütün mərhələlər bağlanıb: nəticələri müəlliflərə elan etmək olar.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="242"/>
        <source>Announce results</source>
        <translation>Nəticələri elan et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="243"/>
        <source>Announce the results of “%1”? Every author then sees the outcome of their idea and the feedback released to them (never the evaluators&apos; names). This cannot be undone.</source>
        <translation>«%1» müsabiqəsinin nəticələri elan edilsin? Bundan sonra hər müəllif öz ideyasının nəticəsini və ona açılan rəyləri görəcək (ekspertlərin adları heç vaxt göstərilmir). Bunu geri qaytarmaq olmaz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="262"/>
        <source>The results could not be announced: %1</source>
        <translation>Nəticələri elan etmək mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="282"/>
        <source>Writing the protocol…</source>
        <translation>Protokol yazılır…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/ranking_tab.py" line="286"/>
        <source>Protocol saved to %1</source>
        <translation>Protokol saxlanıldı: %1</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Contest</source>
        <translation>Müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="21"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="22"/>
        <source>Idea</source>
        <translation>İdeya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <source>Assignment</source>
        <translation>Təyinat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="23"/>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Score</source>
        <translation>Bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="27"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="31"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Requirements</source>
        <translation>Tələblər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="32"/>
        <source>Opens</source>
        <translation>Açılır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Closes</source>
        <translation>Bağlanır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="33"/>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Visibility</source>
        <translation>Görünmə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="34"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Categories</source>
        <translation>Kateqoriyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="35"/>
        <source>Position</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Deadline</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="36"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Importance</source>
        <translation>Əhəmiyyət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="37"/>
        <source>Weight</source>
        <translation>Çəki</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Lowest score</source>
        <translation>Ən aşağı bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="38"/>
        <source>Highest score</source>
        <translation>Ən yüksək bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="39"/>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Benefit</source>
        <translation>Fayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="40"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="48"/>
        <source>(empty)</source>
        <translation>(boş)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="57"/>
        <source>%1 (%2 time)</source>
        <translation>%1 (%2 vaxtı ilə)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>Yes</source>
        <translation>Bəli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/record_words.py" line="60"/>
        <source>No</source>
        <translation>Xeyr</translation>
    </message>
</context>
<context>
    <name>RefusalsDialog</name>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="28"/>
        <source>Changes refused by the server</source>
        <translation>Serverin rədd etdiyi dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="31"/>
        <source>The server did not accept these changes, for the reason shown. They are not on the server: correct the item and save it again, or dismiss the note.</source>
        <translation>Server bu dəyişiklikləri göstərilən səbəbə görə qəbul etmədi. Onlar serverdə yoxdur: elementi düzəldib yenidən yadda saxlayın və ya qeydi bağlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="36"/>
        <source>Refused changes</source>
        <translation>Rədd edilmiş dəyişikliklər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="45"/>
        <source>Nothing refused: the server accepted all your changes.</source>
        <translation>Rədd edilən yoxdur: server bütün dəyişikliklərinizi qəbul edib.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="47"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Gizlət</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="48"/>
        <source>Forget this note (Delete)</source>
        <translation>Bu qeydi unut (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="52"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_dialog.py" line="74"/>
        <source>The refused changes could not be read: %1</source>
        <translation>Rədd edilmiş dəyişiklikləri oxumaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>RefusalsModel</name>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Your change</source>
        <translation>Sizin dəyişikliyiniz</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="38"/>
        <source>Reason given by the server</source>
        <translation>Serverin göstərdiyi səbəb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="39"/>
        <source>Refused</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/refusals_model.py" line="44"/>
        <source>Removal</source>
        <translation>Silinmə</translation>
    </message>
</context>
<context>
    <name>RevisionForm</name>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="54"/>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="57"/>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="62"/>
        <source>Expected benefit</source>
        <translation>Gözlənilən fayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="64"/>
        <source>Send revision</source>
        <translation>Yenidən işlənmiş variantı göndər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="66"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Title</source>
        <translation>&amp;Başlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="71"/>
        <source>&amp;Description</source>
        <translation>&amp;Təsvir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="72"/>
        <source>Expected &amp;benefit</source>
        <translation>Gözlənilən &amp;fayda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="94"/>
        <source>A revision needs a title and a description.</source>
        <translation>Yenidən işlənmiş variantın başlığı və təsviri olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/author/idea_outcome.py" line="109"/>
        <source>The revision could not be saved: %1</source>
        <translation>Yenidən işlənmiş variantı saxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="83"/>
        <source>This stage is closed: scores can no longer be changed. Your scores are shown as they were saved.</source>
        <translation>Bu mərhələ bağlanıb: balları artıq dəyişmək olmaz. Ballarınız yadda saxlandığı kimi göstərilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="89"/>
        <source>Your scores</source>
        <translation>Ballarınız</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="104"/>
        <source>Save draft</source>
        <translation>Qaralama kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="105"/>
        <source>Save the scores given so far (Ctrl+S)</source>
        <translation>İndiyədək verilmiş balları yadda saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="106"/>
        <source>Save and next</source>
        <translation>Saxla və növbətiyə keç</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="107"/>
        <source>Save and open the next unfinished idea (Ctrl+Enter)</source>
        <translation>Yadda saxla və növbəti tamamlanmamış ideyanı aç (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="111"/>
        <source>Tab moves to the next field. Ctrl+S saves a draft; Ctrl+Enter saves and opens the next unfinished idea.</source>
        <translation>Tab növbəti xanaya keçirir. Ctrl+S qaralamanı saxlayır; Ctrl+Enter yadda saxlayıb növbəti tamamlanmamış ideyanı açır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="166"/>
        <source>The scores could not be read: %1</source>
        <translation>Balları oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="179"/>
        <source>Scoring closes on %1 (time zone %2).</source>
        <translation>Qiymətləndirmənin son tarixi: %1 (saat qurşağı: %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="201"/>
        <source>Not scored</source>
        <translation>Bal verilməyib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="205"/>
        <source>Comment (optional)</source>
        <translation>Şərh (məcburi deyil)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="206"/>
        <source>Comment on %1</source>
        <translation>%1 üzrə şərh</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="210"/>
        <source>Scale %1–%2</source>
        <translation>Şkala %1–%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="228"/>
        <source>Low importance (weight %1)</source>
        <translation>Az əhəmiyyətli (çəki %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="229"/>
        <source>Medium importance (weight %1)</source>
        <translation>Orta əhəmiyyətli (çəki %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="230"/>
        <source>Very important (weight %1)</source>
        <translation>Çox vacib (çəki %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="231"/>
        <source>Weight %1</source>
        <translation>Çəki %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="235"/>
        <source>The server did not accept your scores for this idea: %1
Your values are still shown below.</source>
        <translation>Server bu ideya üzrə ballarınızı qəbul etmədi: %1
Daxil etdiyiniz qiymətlər aşağıda göstərilir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="268"/>
        <source>A comment is saved only with a score. Give a score for %1 or clear its comment.</source>
        <translation>Şərh yalnız balla birlikdə saxlanılır. %1 üçün bal verin və ya şərhi silin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="276"/>
        <source>Score at least one criterion to save a draft.</source>
        <translation>Qaralamanı saxlamaq üçün ən azı bir meyara bal verin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="291"/>
        <source>Your scores could not be saved: %1</source>
        <translation>Ballarınızı yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/scoring_form.py" line="296"/>
        <source>Saved at %1. Scores are sent to the server whenever it can be reached.</source>
        <translation>Yadda saxlanıldı (%1). Ballar serverlə əlaqə olanda ona göndərilir.</translation>
    </message>
</context>
<context>
    <name>ScreeningForm</name>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="58"/>
        <source>Your check of the requirements</source>
        <translation>Tələblər üzrə yoxlamanız</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="73"/>
        <source>Suggestions for the author</source>
        <translation>Müəllif üçün təkliflər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="74"/>
        <source>What the author could improve. The author sees this without your name.</source>
        <translation>Müəllif nəyi yaxşılaşdıra bilər. Müəllif bunu adınız olmadan görür.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="77"/>
        <source>&amp;Suggestions for the author</source>
        <translation>&amp;Müəllif üçün təkliflər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="82"/>
        <source>Save draft</source>
        <translation>Qaralama kimi saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="83"/>
        <source>Save the answers given so far (Ctrl+S)</source>
        <translation>İndiyədək verilən cavabları saxlayın (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="84"/>
        <source>Finalize</source>
        <translation>Yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="85"/>
        <source>Every requirement answered: save and open the next idea (Ctrl+Enter)</source>
        <translation>Hər tələbə cavab verilib: saxlayın və növbəti ideyanı açın (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="90"/>
        <source>Tab moves between Met and Not met; Space chooses. Ctrl+S saves a draft; Ctrl+Enter finalizes and opens the next idea.</source>
        <translation>Tab «Ödənir» və «Ödənmir» arasında keçir; Boşluq seçir. Ctrl+S qaralamanı saxlayır; Ctrl+Enter yekunlaşdırır və növbəti ideyanı açır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="137"/>
        <source>The check could not be read: %1</source>
        <translation>Yoxlamanı oxumaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="150"/>
        <source>Checks close on %1 (time zone %2).</source>
        <translation>Yoxlama %1 tarixində bağlanır (saat qurşağı %2).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="166"/>
        <source>Met</source>
        <translation>Ödənir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="167"/>
        <source>Not met</source>
        <translation>Ödənmir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: met</source>
        <translation>%1: ödənir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="168"/>
        <source>%1: not met</source>
        <translation>%1: ödənmir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="188"/>
        <source>This stage is closed: the check can no longer change.</source>
        <translation>Bu mərhələ bağlanıb: yoxlama artıq dəyişə bilməz.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="190"/>
        <source>This idea is with its author for improvement. It comes back here to be checked again once revised.</source>
        <translation>Bu ideya təkmilləşdirmə üçün müəllifindədir. Yenidən işləndikdən sonra təkrar yoxlama üçün bura qayıdacaq.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="193"/>
        <source>The contest announces no requirements to check. Ask the organizer to add them.</source>
        <translation>Müsabiqədə yoxlanılacaq tələb elan edilməyib. Təşkilatçıdan onları əlavə etməsini xahiş edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="225"/>
        <source>Answer every requirement to finalize: %1 still open.</source>
        <translation>Yekunlaşdırmaq üçün hər tələbə cavab verin: hələ %1 açıqdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="229"/>
        <source>Answer at least one requirement to save a draft.</source>
        <translation>Qaralamanı saxlamaq üçün ən azı bir tələbə cavab verin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="244"/>
        <source>Your check could not be saved: %1</source>
        <translation>Yoxlamanızı saxlamaq mümkün olmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Finalized at %1.</source>
        <translation>%1 yekunlaşdırıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/evaluator/screening_form.py" line="248"/>
        <source>Draft saved at %1.</source>
        <translation>Qaralama %1 saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="30"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="33"/>
        <source>Interface language</source>
        <translation>İnterfeys dili</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="38"/>
        <location filename="../../desktop/ui/settings_dialog.py" line="74"/>
        <source>A new language is used from the next start of Idea Bank.</source>
        <translation>Yeni dil İdeya Bankının növbəti açılışından istifadə olunur.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="41"/>
        <source>&amp;High contrast (white on black)</source>
        <translation>&amp;Yüksək kontrast (qara üzərində ağ)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="42"/>
        <source>High-contrast theme</source>
        <translation>Yüksək kontrastlı mövzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="45"/>
        <source>Text size</source>
        <translation>Mətn ölçüsü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="47"/>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="49"/>
        <source>Theme and text size change at once.</source>
        <translation>Mövzu və mətn ölçüsü dərhal dəyişir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="52"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="54"/>
        <source>&amp;Theme</source>
        <translation>&amp;Mövzu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="55"/>
        <source>Text &amp;size</source>
        <translation>Mətn ö&amp;lçüsü</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="59"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="60"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="72"/>
        <source>%1 is used from the next start of Idea Bank.</source>
        <translation>%1 İdeya Bankının növbəti açılışından istifadə olunur.</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="92"/>
        <source>Kiosk settings</source>
        <translation>Köşkün parametrləri</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="93"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="94"/>
        <source>Server address</source>
        <translation>Serverin ünvanı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="96"/>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="97"/>
        <source>Idle timeout in seconds</source>
        <translation>Fəaliyyətsizlik müddəti (saniyə)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="98"/>
        <source>After this long without a touch, the kiosk clears the screen for the next visitor (%1 to %2 seconds).</source>
        <translation>Bu müddət ərzində ekrana toxunulmasa, köşk növbəti ziyarətçi üçün ekranı təmizləyir (%1 ilə %2 saniyə arasında).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="103"/>
        <source>The settings could not be saved on this computer. Please try again or call technical support.</source>
        <translation>Parametrləri bu kompüterdə yadda saxlamaq mümkün olmadı. Zəhmət olmasa, yenidən cəhd edin və ya texniki dəstək xidmətinə müraciət edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="105"/>
        <source>Save</source>
        <translation>Yadda saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="106"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="109"/>
        <source>Enter a web address that starts with http:// or https://, for example https://ideas.example.az.</source>
        <translation>http:// və ya https:// ilə başlayan veb ünvan daxil edin, məsələn, https://ideas.example.az.</translation>
    </message>
</context>
<context>
    <name>StaffMenu</name>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="36"/>
        <source>Staff menu</source>
        <translation>Əməkdaşlar üçün menyu</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="37"/>
        <source>Leave kiosk mode</source>
        <translation>Köşk rejimindən çıx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="38"/>
        <source>Settings</source>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="39"/>
        <source>Back to the kiosk</source>
        <translation>Köşkə qayıt</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/staff_menu.py" line="40"/>
        <source>The settings were saved.</source>
        <translation>Parametrlər yadda saxlanıldı.</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="28"/>
        <source>Add scoring stage</source>
        <translation>Qiymətləndirmə mərhələsi əlavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="29"/>
        <source>Expert evaluation</source>
        <translation>Ekspert qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="37"/>
        <source>Add stage</source>
        <translation>Mərhələ əlavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="39"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="43"/>
        <source>Stage &amp;title</source>
        <translation>Mərhələnin &amp;adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="46"/>
        <source>Criteria, each scored from 1 to 10:</source>
        <translation>Meyarlar (hər birinə 1–10 bal verilir):</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="54"/>
        <source>Enter a title for the stage.</source>
        <translation>Mərhələnin adını daxil edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_dialog.py" line="71"/>
        <source>The stage could not be saved: %1</source>
        <translation>Mərhələni yadda saxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="86"/>
        <source>Stage title</source>
        <translation>Mərhələnin adı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <source>Deadline</source>
        <translation>Son tarix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="87"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Set</source>
        <translation>Təyin et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="89"/>
        <source>Advancement rule</source>
        <translation>Keçid qaydası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="92"/>
        <source>Number of ideas that advance</source>
        <translation>Keçən ideyaların sayı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="96"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="144"/>
        <source>Minimum score</source>
        <translation>Minimum bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="97"/>
        <source>Revisions due by</source>
        <translation>Düzəlişlərin son tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="100"/>
        <source>Lowest score</source>
        <translation>Ən aşağı bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="103"/>
        <source>Highest score</source>
        <translation>Ən yüksək bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="109"/>
        <source>Reset scores…</source>
        <translation>Balları sıfırla…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="110"/>
        <source>Delete every score of this stage so that its criteria and weights can change</source>
        <translation>Meyarları və çəkiləri dəyişmək üçün bu mərhələnin bütün ballarını silin</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="117"/>
        <source>Save stage</source>
        <translation>Mərhələni saxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="119"/>
        <source>Save this stage&apos;s settings (Ctrl+S)</source>
        <translation>Bu mərhələnin parametrlərini saxlayın (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="140"/>
        <source>Tit&amp;le</source>
        <translation>&amp;Ad</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="141"/>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Scoring &amp;closes</source>
        <translation>&amp;Qiymətləndirmənin son tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="142"/>
        <source>Who ad&amp;vances</source>
        <translation>&amp;Kim keçir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="143"/>
        <source>Ideas that advance</source>
        <translation>Keçən ideyaların sayı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="145"/>
        <source>Returned ideas</source>
        <translation>Qaytarılan ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="148"/>
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="154"/>
        <source>Sc&amp;ore scale</source>
        <translation>&amp;Bal şkalası</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="155"/>
        <source>Criteria</source>
        <translation>Meyarlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="162"/>
        <source>Requirements each evaluator checks</source>
        <translation>Hər ekspertin yoxladığı tələblər</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="190"/>
        <source>Select a stage, or add one.</source>
        <translation>Mərhələ seçin və ya əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Screening stage</source>
        <translation>İlkin yoxlama mərhələsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="196"/>
        <source>Scoring stage</source>
        <translation>Qiymətləndirmə mərhələsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="197"/>
        <source>closed</source>
        <translation>bağlanıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="202"/>
        <source>Every evaluator finds every requirement met</source>
        <translation>Hər ekspert bütün tələblərin ödəndiyini təsdiqləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="203"/>
        <source>A majority of evaluators find every requirement met</source>
        <translation>Ekspertlərin əksəriyyəti bütün tələblərin ödəndiyini təsdiqləyir</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="205"/>
        <source>The N best ideas (ties at the cut all advance)</source>
        <translation>Ən yaxşı N ideya (sərhəddə bərabər ballılar hamısı keçir)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="206"/>
        <source>Every idea with at least a minimum score</source>
        <translation>Minimum baldan az olmayan hər ideya</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="207"/>
        <source>The organizer&apos;s choice, with a reason</source>
        <translation>Təşkilatçının seçimi, səbəbi ilə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="225"/>
        <source>The contest announces no requirements: add them to the contest before screening.</source>
        <translation>Müsabiqədə elan edilmiş tələb yoxdur: ilkin yoxlamadan əvvəl onları müsabiqəyə əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="230"/>
        <source>Checks &amp;close</source>
        <translation>Yoxlamanın so&amp;n tarixi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="248"/>
        <source>This stage is closed: its settings are final.</source>
        <translation>Bu mərhələ bağlanıb: parametrləri dəyişməzdir.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="251"/>
        <source>Scoring has started (%n score(s) given): criteria, weights and the scale are locked so that every idea is judged alike. Reset the scores to change them.</source>
        <translation>
            <numerusform>Qiymətləndirmə başlayıb (%n bal verilib): hər ideya eyni qaydada qiymətləndirilsin deyə meyarlar, çəkilər və şkala kilidlənib. Onları dəyişmək üçün balları sıfırlayın.</numerusform>
            <numerusform>Qiymətləndirmə başlayıb (%n bal verilib): hər ideya eyni qaydada qiymətləndirilsin deyə meyarlar, çəkilər və şkala kilidlənib. Onları dəyişmək üçün balları sıfırlayın.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="263"/>
        <source>Enter a title for the stage.</source>
        <translation>Mərhələnin adını yazın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="266"/>
        <source>The highest score must be above the lowest.</source>
        <translation>Ən yüksək bal ən aşağı baldan böyük olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="294"/>
        <source>Reset scores</source>
        <translation>Balları sıfırla</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/stage_editor.py" line="295"/>
        <source>Delete all %n score(s) given in “%1”? The evaluators will have to score every idea of this stage again. This cannot be undone.</source>
        <translation>
            <numerusform>«%1» mərhələsində verilmiş %n bal silinsin? Ekspertlər bu mərhələnin hər ideyasını yenidən qiymətləndirməli olacaqlar. Bunu geri qaytarmaq olmaz.</numerusform>
            <numerusform>«%1» mərhələsində verilmiş bütün %n bal silinsin? Ekspertlər bu mərhələnin hər ideyasını yenidən qiymətləndirməli olacaqlar. Bunu geri qaytarmaq olmaz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>screening</source>
        <translation>ilkin yoxlama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="30"/>
        <source>scoring</source>
        <translation>qiymətləndirmə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="41"/>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="42"/>
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_model.py" line="45"/>
        <source>closed</source>
        <translation>bağlanıb</translation>
    </message>
</context>
<context>
    <name>StagesTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="46"/>
        <source>Stages in order</source>
        <translation>Mərhələlər ardıcıllıqla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="50"/>
        <source>Add scr&amp;eening stage</source>
        <translation>&amp;İlkin yoxlama mərhələsi əlavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="51"/>
        <source>Add scori&amp;ng stage</source>
        <translation>Qiymətləndirmə &amp;mərhələsi əlavə et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="52"/>
        <source>Move &amp;up</source>
        <translation>&amp;Yuxarı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="54"/>
        <source>Move the selected stage earlier (Alt+Up)</source>
        <translation>Seçilmiş mərhələni əvvələ çəkin (Alt+Yuxarı)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="55"/>
        <source>Move &amp;down</source>
        <translation>A&amp;şağı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="57"/>
        <source>Move the selected stage later (Alt+Down)</source>
        <translation>Seçilmiş mərhələni sonraya çəkin (Alt+Aşağı)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="65"/>
        <source>Stages, in the order ideas go through them</source>
        <translation>Mərhələlər — ideyaların keçdiyi ardıcıllıqla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="128"/>
        <source>A contest is judged in two or more stages, for example a screening against the requirements and then a scoring on criteria. Add the missing stage below.</source>
        <translation>Müsabiqə iki və ya daha çox mərhələdə qiymətləndirilir, məsələn, əvvəlcə tələblərə uyğunluq üzrə ilkin yoxlama, sonra meyarlar üzrə qiymətləndirmə. Çatışmayan mərhələni aşağıda əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="174"/>
        <source>Not saved: %1</source>
        <translation>Saxlanmadı: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Screening</source>
        <translation>İlkin yoxlama</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="188"/>
        <source>Expert evaluation</source>
        <translation>Ekspert qiymətləndirməsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="193"/>
        <source>Stage added. Set its deadline and rule, then save.</source>
        <translation>Mərhələ əlavə edildi. Son tarixini və qaydasını təyin edib saxlayın.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="200"/>
        <source>Order saved.</source>
        <translation>Ardıcıllıq saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="206"/>
        <source>Stage saved.</source>
        <translation>Mərhələ saxlanıldı.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/stages_tab.py" line="210"/>
        <source>The scores are deleted once the server has the reset; criteria unlock then.</source>
        <translation>Server sıfırlamanı qəbul edəndə ballar silinəcək; meyarların kilidi o zaman açılacaq.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="130"/>
        <source>Have an idea to make our services better?</source>
        <extracomment>Each language&apos;s own name: a visitor must recognise hers whatever is on screen now.</extracomment>
        <translation>Xidmətlərimizi yaxşılaşdırmaq üçün ideyanız var?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="131"/>
        <source>Choose a topic below and write your idea. It takes a few minutes, and you do not need an account.</source>
        <translation>Aşağıdan mövzu seçin və ideyanızı yazın. Bu, bir neçə dəqiqə çəkir. Qeydiyyat lazım deyil.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="133"/>
        <source>Topics open for ideas</source>
        <translation>İdeya qəbul edilən mövzular</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="134"/>
        <source>No topics are open for ideas right now. Please come back another day. Thank you for your interest!</source>
        <translation>Hazırda ideya qəbul edilən mövzu yoxdur. Zəhmət olmasa, başqa gün yenidən gəlin. Marağınız üçün təşəkkür edirik!</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="136"/>
        <source>Already sent an idea?</source>
        <translation>Artıq ideya göndərmisiniz?</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="137"/>
        <source>Use your tracking code to see what happened to it.</source>
        <translation>İzləmə kodunuzla ideyanızın vəziyyətini öyrənin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="138"/>
        <source>Check my idea</source>
        <translation>İdeyamı yoxla</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="139"/>
        <source>Your idea goes to the organization that runs the topic. When you finish, or leave the kiosk for a while, everything you typed is cleared from the screen.</source>
        <translation>İdeyanız bu mövzu ilə məşğul olan təşkilata göndərilir. İşinizi bitirdikdə və ya köşkdən bir müddət uzaqlaşdıqda yazdıqlarınızın hamısı ekrandan silinir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/kiosk/start_page.py" line="146"/>
        <source>Deadline: %1</source>
        <translation>Son tarix: %1</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/startup.py" line="43"/>
        <source>Idea Bank</source>
        <translation>İdeya Bankı</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="44"/>
        <source>This computer has no password keyring, so your sign-in cannot be kept. Idea Bank will ask for your password at the next start; nothing secret is written to disk.</source>
        <translation>Bu kompüterdə şifrələri saxlamaq üçün xidmət (keyring) yoxdur, ona görə girişiniz yadda saxlanıla bilmir. İdeya Bankı növbəti açılışda şifrənizi yenidən soruşacaq; diskə heç bir məxfi məlumat yazılmır.</translation>
    </message>
</context>
<context>
    <name>StatisticsFigures</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Desktop</source>
        <extracomment>Contests drawn in a chart across the organization; the table and the CSV have them all.</extracomment>
        <translation>Kompüter</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="42"/>
        <source>Kiosk</source>
        <translation>Köşk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="43"/>
        <source>Imported</source>
        <translation>İdxal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Submitted</source>
        <translation>Göndərilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="46"/>
        <source>Withdrawn</source>
        <translation>Geri götürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Shortlisted</source>
        <translation>Qısa siyahıda</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="47"/>
        <source>Rejected</source>
        <translation>Rədd edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="48"/>
        <source>Winner</source>
        <translation>Qalib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="51"/>
        <source>No ideas yet — they appear here as they arrive from desktops and kiosks or are imported, even while this computer is offline.</source>
        <translation>Hələ ideya yoxdur — ideyalar kompüterlərdən və köşklərdən gəldikcə və ya idxal edildikcə burada görünəcək, bu kompüter oflayn olsa belə.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="67"/>
        <source>Month</source>
        <translation>Ay</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="68"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="87"/>
        <source>Total</source>
        <translation>Cəmi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="77"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="78"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="97"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="122"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="202"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Ideas</source>
        <translation>İdeyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="78"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="86"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Contest</source>
        <translation>Müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="102"/>
        <source>Share (%)</source>
        <translation>Pay (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="110"/>
        <source>Ideas received</source>
        <translation>Daxil olan ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="112"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="204"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented</source>
        <translation>Həyata keçirilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="114"/>
        <source>Stage %1: %2</source>
        <translation>Mərhələ %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="117"/>
        <source>Stage %1</source>
        <translation>Mərhələ %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="129"/>
        <source>%1 · no decision yet</source>
        <translation>%1 · hələ qərar yoxdur</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="130"/>
        <source>%1 · advanced: %2 of %3 (%4)</source>
        <translation>%1 · irəli keçən: %2 / %3 (%4)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Decided</source>
        <translation>Qərar verilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Advanced</source>
        <translation>İrəli keçib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="137"/>
        <source>Pass rate (%)</source>
        <translation>Keçid faizi (%)</translation>
    </message>
    <message>
        <source>%1 · %2 passed</source>
        <translation type="vanished">%1 · %2 keçdi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="136"/>
        <source>Step</source>
        <translation>Addım</translation>
    </message>
    <message>
        <source>Passed from the step before (%)</source>
        <translation type="vanished">Əvvəlki addımdan keçən (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="148"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Average score</source>
        <translation>Orta bal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="153"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="169"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="207"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Stage</source>
        <translation>Mərhələ</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="156"/>
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale from</source>
        <translation>Şkala: ən az</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scale to</source>
        <translation>Şkala: ən çox</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="157"/>
        <source>Scores</source>
        <translation>Ballar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="159"/>
        <source>No scores yet — averages appear as evaluators send their scores.</source>
        <translation>Hələ bal yoxdur — ekspertlər ballarını göndərdikcə orta göstəricilər burada görünəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="165"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Assigned</source>
        <translation>Təyin edilib</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="166"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <source>Done</source>
        <translation>Tamamlanıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="172"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Evaluator</source>
        <translation>Ekspert</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="173"/>
        <source>Done (%)</source>
        <translation>Tamamlanıb (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="176"/>
        <source>No evaluator is assigned yet — assign ideas to evaluators on the Assignment tab.</source>
        <translation>Hələ heç bir ekspert təyin edilməyib — ideyaları «Təyinat» bölməsində ekspertlərə verin.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="182"/>
        <source>Leniency</source>
        <translation>Yumşaqlıq</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="189"/>
        <source>Leniency (scale points)</source>
        <translation>Yumşaqlıq (şkala balı)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="190"/>
        <source>Finished scorings</source>
        <translation>Tamamlanmış qiymətləndirmələr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="192"/>
        <source>No finished scoring yet — leniency appears once evaluators have scored every criterion of an idea.</source>
        <translation>Hələ tamamlanmış qiymətləndirmə yoxdur — ekspertlər ideyanın bütün meyarlarını qiymətləndirdikdən sonra yumşaqlıq burada görünəcək.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="203"/>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="210"/>
        <source>Taken up for implementation</source>
        <translation>İcraya götürülüb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_figures.py" line="211"/>
        <source>Implemented (%)</source>
        <translation>Həyata keçirilib (%)</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="45"/>
        <source>Show figures for</source>
        <translation>Göstəricilərin əhatəsi</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="47"/>
        <source>Show figures &amp;for:</source>
        <translation>Göstəricilər &amp;üçün:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="53"/>
        <source>Ideas received over time, by channel</source>
        <translation>Zamanla daxil olan ideyalar, kanallar üzrə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="55"/>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="189"/>
        <source>Ideas per contest and channel</source>
        <translation>Müsabiqələr və kanallar üzrə ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="57"/>
        <source>Ideas by status</source>
        <translation>Statuslar üzrə ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="59"/>
        <source>Stage funnel and pass rates</source>
        <translation>Mərhələlər hunisi və keçid faizləri</translation>
    </message>
    <message>
        <source>An idea is in a stage once it is assigned to an evaluator there.</source>
        <translation type="vanished">İdeya həmin mərhələdə ekspertə təyin edildikdə mərhələyə daxil sayılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="65"/>
        <source>Average score per criterion</source>
        <translation>Meyarlar üzrə orta bal</translation>
    </message>
    <message>
        <source>Evaluator progress: ideas scored of assigned</source>
        <translation type="vanished">Ekspertlərin irəliləyişi: təyin edilənlərdən qiymətləndirilən ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="69"/>
        <source>Evaluator leniency</source>
        <translation>Ekspertlərin yumşaqlığı</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="70"/>
        <source>How far an evaluator&apos;s scores lie from the other evaluators&apos; scores for the same ideas, in scale points: above zero lenient, below zero harsh.</source>
        <translation>Ekspertin eyni ideyalara verdiyi balların digər ekspertlərin ballarından fərqi, şkala balı ilə: sıfırdan yuxarı — yumşaq, sıfırdan aşağı — sərt.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="75"/>
        <source>Ideas implemented</source>
        <translation>Həyata keçirilən ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="76"/>
        <source>Taken up for implementation: planned, in progress or finished. Implemented: recorded as finished.</source>
        <translation>İcraya götürülüb: planlaşdırılıb, icra olunur və ya başa çatıb. Həyata keçirilib: başa çatmış kimi qeyd olunub.</translation>
    </message>
    <message>
        <source>Counted from winning ideas until the implementation of each is recorded.</source>
        <translation type="vanished">Hər birinin həyata keçirilməsi qeyd olunana qədər qalib ideyalar əsasında sayılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="60"/>
        <source>An idea is in a stage once it is assigned to an evaluator or decided on there. Pass rate: the ideas that advanced, of those decided; ideas returned for improvement are not decided yet.</source>
        <translation>İdeya həmin mərhələdə ekspertə təyin edildikdə və ya onun barəsində qərar verildikdə mərhələyə daxil sayılır. Keçid faizi: qərar verilənlərdən irəli keçənlər; təkmilləşdirməyə qaytarılan ideyalar üzrə hələ qərar verilməyib.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="67"/>
        <source>Evaluator progress: finished of assigned</source>
        <translation>Ekspertlərin irəliləyişi: təyin edilənlərdən tamamlananlar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="125"/>
        <source>This contest</source>
        <translation>Bu müsabiqə</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="126"/>
        <source>The whole organization</source>
        <translation>Bütün təşkilat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="181"/>
        <source>The figures could not be read: %1</source>
        <translation>Göstəriciləri oxumaq mümkün olmadı: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="186"/>
        <source>%n idea(s), from the data on this computer</source>
        <translation>
            <numerusform>%n ideya, bu kompüterdəki məlumatlardan</numerusform>
            <numerusform>%n ideya, bu kompüterdəki məlumatlardan</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="190"/>
        <source>Ideas by channel</source>
        <translation>Kanallar üzrə ideyalar</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="192"/>
        <source>The %1 contests with the most ideas are drawn; the numbers and the CSV file have all of them.</source>
        <translation>Ən çox ideya olan %1 müsabiqə göstərilir; rəqəmlərdə və CSV faylında hamısı var.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/organizer/statistics_tab.py" line="197"/>
        <source>Dates in the %1 time zone.</source>
        <translation>Tarixlər %1 saat qurşağındadır.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="24"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="30"/>
        <source>Choose between their value and yours (Ctrl+Shift+K)</source>
        <translation>Onların dəyəri ilə sizinki arasında seçin (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="36"/>
        <source>See which changes the server refused, and why</source>
        <translation>Serverin hansı dəyişiklikləri və niyə rədd etdiyinə baxın</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="38"/>
        <source>Sync now</source>
        <translation>İndi sinxronlaşdır</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="40"/>
        <source>Send your changes and fetch new ones (F5)</source>
        <translation>Dəyişiklikləri göndər və yeniləri al (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="66"/>
        <source>Not synced yet</source>
        <translation>Hələ sinxronlaşdırılmayıb</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="68"/>
        <source>● Online</source>
        <translation>● Onlayn</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="70"/>
        <source>○ Offline — your work is kept and sent later</source>
        <translation>○ Oflayn — işiniz saxlanılır və sonra göndəriləcək</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="74"/>
        <source>Last sync: %1</source>
        <translation>Son sinxronlaşdırma: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="91"/>
        <source>The server asked for a fresh copy, so everything was downloaded again. Your unsent work was kept and sent.</source>
        <translation>Server yeni surət istədi, ona görə hər şey yenidən endirildi. Göndərilməmiş işiniz saxlanıldı və göndərildi.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by the server</source>
        <translation type="vanished">
            <numerusform>Server %n dəyişikliyi qəbul etmədi</numerusform>
            <numerusform>Server %n dəyişikliyi qəbul etmədi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve</source>
        <translation type="vanished">
            <numerusform>Həll edilməli %n ziddiyyət var</numerusform>
            <numerusform>Həll edilməli %n ziddiyyət var</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="94"/>
        <source>This computer&apos;s clock is off by %1 minutes.</source>
        <translation>Bu kompüterin saatı %1 dəqiqə fərqlənir.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="102"/>
        <source>Log in again to sync.</source>
        <translation>Sinxronlaşdırmaq üçün yenidən daxil olun.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="103"/>
        <source>Please update Idea Bank: the server no longer accepts this version. Your unsent work is kept.</source>
        <translation>Zəhmət olmasa, İdeya Bankını yeniləyin: server artıq bu versiyanı qəbul etmir. Göndərilməmiş işiniz saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="105"/>
        <source>Sync cancelled. What was received is kept.</source>
        <translation>Sinxronlaşdırma dayandırıldı. Alınan məlumatlar saxlanılır.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="106"/>
        <source>The server refused the sync: %1</source>
        <translation>Server sinxronlaşdırmadan imtina etdi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="117"/>
        <source>%n conflict(s) — resolve</source>
        <translation>
            <numerusform>%n ziddiyyət — həll edin</numerusform>
            <numerusform>%n ziddiyyət — həll edin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="122"/>
        <source>%n change(s) refused — see why</source>
        <translation>
            <numerusform>%n dəyişiklik rədd edildi — səbəbə baxın</numerusform>
            <numerusform>%n dəyişiklik rədd edildi — səbəbə baxın</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/sync_status.py" line="137"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n dəyişiklik göndərilməyi gözləyir</numerusform>
            <numerusform>%n dəyişiklik göndərilməyi gözləyir</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="138"/>
        <source>Everything sent</source>
        <translation>Hamısı göndərilib</translation>
    </message>
</context>
</TS>
