"""The protocol's words in the organizer's language (az, en, ru), and its number style.

A table here rather than Qt translations: the server's command line writes the same
protocol and ``shared`` does not import Qt. Values not in a table (a status added later)
are printed as stored rather than dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("az", "en", "ru")

_AZ = {
    "document": "Müsabiqənin protokolu",
    "contest": "Müsabiqə",
    "title": "Adı",
    "organization": "Təşkilat",
    "starts_at": "İdeyaların qəbulu başlayır",
    "ends_at": "İdeyaların qəbulu bitir",
    "timezone": "Saat qurşağı",
    "visibility": "Növü",
    "status": "Vəziyyət",
    "generated_at": "Protokolun tarixi",
    "announced_at": "Nəticələr elan olunub",
    "not_announced": "hələ elan olunmayıb",
    "tied_at_cut": "sərhəddə bərabər bal",
    "value.rule.all": "bütün ekspertlər bütün tələbləri ödənilmiş sayır",
    "value.rule.majority": "ekspertlərin çoxu bütün tələbləri ödənilmiş sayır",
    "value.rule.top_n": "reytinqin ilk {n} yeri",
    "value.rule.threshold": "bal ən azı {value}",
    "value.rule.explicit": "təşkilatçının seçimi",
    "value.advanced": "növbəti mərhələyə keçdi",
    "value.not_advanced": "keçmədi",
    "value.returned": "təkmilləşdirməyə qaytarıldı",
    "stages": "Mərhələlər",
    "number": "№",
    "stage": "Mərhələ",
    "kind": "Növ",
    "rule": "Növbəti mərhələyə keçid qaydası",
    "deadline": "Son tarix",
    "criteria": "Meyarlar və çəkilər",
    "criterion": "Meyar",
    "importance": "Əhəmiyyət",
    "weight": "Çəki",
    "scale": "Şkala",
    "evaluators": "Ekspertlər",
    "evaluator": "Ekspert",
    "assigned": "Təyin edilmiş ideyalar",
    "scores": "Qiymətlər",
    "rank": "Yer",
    "idea": "İdeya",
    "weighted_mean": "Ekspertin çəkili ortası",
    "idea_score": "İdeyanın balı",
    "result": "Nəticə",
    "ranking": "Reytinq",
    "score": "Bal",
    "panel": "Ekspert sayı",
    "complete": "tam qiymətləndirilib",
    "incomplete": "natamam — yer verilmir",
    "decisions": "Qərarlar",
    "decision": "Qərar",
    "reason": "Əsaslandırma",
    "decided_by": "Qərarı verən",
    "decided_at": "Tarix",
    "no_decisions": "Hələ heç bir qərar qeydə alınmayıb.",
    "no_scoring": "Bu müsabiqədə qiymətləndirmə mərhələsi yoxdur.",
    "no_ideas": "Bu mərhələdə ekspertə təyin edilmiş ideya yoxdur.",
    "checks": "Yoxlama nəticələri",
    "round": "Yoxlama №",
    "met": "Ödənilmiş tələblər",
    "unmet": "Ödənilməmiş tələblər",
    "no_checks": "Bu mərhələdə hələ heç bir ideya yoxlanılmayıb.",
    "page": "Səhifə {page} / {pages}",
    "value.public": "açıq",
    "value.internal": "daxili",
    "value.open": "açıq",
    "value.closed": "bağlı",
    "value.scoring": "qiymətləndirmə",
    "value.screening": "ilkin yoxlama",
    "value.low": "aşağı",
    "value.medium": "orta",
    "value.high": "çox vacib",
}

_EN = {
    "document": "Contest protocol",
    "contest": "Contest",
    "title": "Title",
    "organization": "Organization",
    "starts_at": "Open for ideas from",
    "ends_at": "Open for ideas until",
    "timezone": "Time zone",
    "visibility": "Type",
    "status": "Status",
    "generated_at": "Protocol date",
    "announced_at": "Results announced",
    "not_announced": "not announced yet",
    "tied_at_cut": "tied at the cut",
    "value.rule.all": "all evaluators find every requirement met",
    "value.rule.majority": "a majority of evaluators find every requirement met",
    "value.rule.top_n": "top {n} of the ranking",
    "value.rule.threshold": "score of at least {value}",
    "value.rule.explicit": "the organizer's choice",
    "value.advanced": "advanced",
    "value.not_advanced": "did not advance",
    "value.returned": "returned for improvement",
    "stages": "Stages",
    "number": "No.",
    "stage": "Stage",
    "kind": "Kind",
    "rule": "Advancement rule",
    "deadline": "Deadline",
    "criteria": "Criteria and weights",
    "criterion": "Criterion",
    "importance": "Importance",
    "weight": "Weight",
    "scale": "Scale",
    "evaluators": "Evaluators",
    "evaluator": "Evaluator",
    "assigned": "Ideas assigned",
    "scores": "Scores",
    "rank": "Rank",
    "idea": "Idea",
    "weighted_mean": "Evaluator's weighted mean",
    "idea_score": "Idea score",
    "result": "Result",
    "ranking": "Ranking",
    "score": "Score",
    "panel": "Evaluators",
    "complete": "fully scored",
    "incomplete": "incomplete — not ranked",
    "decisions": "Decisions",
    "decision": "Decision",
    "reason": "Reason",
    "decided_by": "Decided by",
    "decided_at": "Date",
    "no_decisions": "No decision has been recorded yet.",
    "no_scoring": "This contest has no scoring stage.",
    "no_ideas": "No idea is assigned to an evaluator in this stage.",
    "checks": "Screening checks",
    "round": "Check no.",
    "met": "Requirements met",
    "unmet": "Requirements not met",
    "no_checks": "No idea has been checked in this stage yet.",
    "page": "Page {page} of {pages}",
    "value.public": "public",
    "value.internal": "internal",
    "value.open": "open",
    "value.closed": "closed",
    "value.scoring": "scoring",
    "value.screening": "screening",
    "value.low": "low",
    "value.medium": "medium",
    "value.high": "very important",
}

_RU = {
    "document": "Протокол конкурса",
    "contest": "Конкурс",
    "title": "Название",
    "organization": "Организация",
    "starts_at": "Приём идей с",
    "ends_at": "Приём идей до",
    "timezone": "Часовой пояс",
    "visibility": "Вид",
    "status": "Статус",
    "generated_at": "Дата протокола",
    "announced_at": "Итоги объявлены",
    "not_announced": "ещё не объявлены",
    "tied_at_cut": "равный балл на границе",
    "value.rule.all": "все эксперты признали все требования выполненными",
    "value.rule.majority": "большинство экспертов признали все требования выполненными",
    "value.rule.top_n": "места рейтинга с 1 по {n}",
    "value.rule.threshold": "балл не ниже {value}",
    "value.rule.explicit": "выбор организатора",
    "value.advanced": "прошла дальше",
    "value.not_advanced": "не прошла",
    "value.returned": "возвращена на доработку",
    "stages": "Этапы",
    "number": "№",
    "stage": "Этап",
    "kind": "Тип",
    "rule": "Правило прохождения",
    "deadline": "Срок",
    "criteria": "Критерии и веса",
    "criterion": "Критерий",
    "importance": "Важность",
    "weight": "Вес",
    "scale": "Шкала",
    "evaluators": "Эксперты",
    "evaluator": "Эксперт",
    "assigned": "Назначено идей",
    "scores": "Оценки",
    "rank": "Место",
    "idea": "Идея",
    "weighted_mean": "Взвешенное среднее эксперта",
    "idea_score": "Балл идеи",
    "result": "Итог",
    "ranking": "Рейтинг",
    "score": "Балл",
    "panel": "Экспертов",
    "complete": "оценена полностью",
    "incomplete": "оценена не полностью — без места",
    "decisions": "Решения",
    "decision": "Решение",
    "reason": "Обоснование",
    "decided_by": "Кто принял",
    "decided_at": "Дата",
    "no_decisions": "Решения пока не записаны.",
    "no_scoring": "В этом конкурсе нет этапа оценки.",
    "no_ideas": "На этом этапе ни одна идея не назначена эксперту.",
    "checks": "Результаты проверки",
    "round": "Проверка №",
    "met": "Выполненные требования",
    "unmet": "Невыполненные требования",
    "no_checks": "На этом этапе ещё не проверена ни одна идея.",
    "page": "Страница {page} из {pages}",
    "value.public": "открытый",
    "value.internal": "внутренний",
    "value.open": "открыт",
    "value.closed": "закрыт",
    "value.scoring": "оценка",
    "value.screening": "предварительный отбор",
    "value.low": "низкая",
    "value.medium": "средняя",
    "value.high": "очень важно",
}

_TABLES = {"az": _AZ, "en": _EN, "ru": _RU}


@dataclass(frozen=True)
class Labels:
    """Words and number style of one language.

    ``decimal`` and ``delimiter`` follow the regional settings that language's readers
    usually have: in Azerbaijan and Russia a decimal comma and a semicolon as list
    separator (what Excel expects in a CSV there), in English a point and a comma.
    """

    language: str
    words: dict[str, str]
    decimal: str
    delimiter: str

    def __getitem__(self, key: str) -> str:
        return self.words[key]

    def value(self, stored: str) -> str:
        return self.words.get(f"value.{stored}", stored)

    def number(self, value: float, places: int = 2) -> str:
        return f"{value:.{places}f}".replace(".", self.decimal)

    def weight(self, value: float) -> str:
        # Weights are mostly whole numbers (1, 2, 3): "2", not "2.00".
        return str(int(value)) if value == int(value) else self.number(value)


def labels_for(language: str) -> Labels:
    if language not in _TABLES:
        raise ValueError(f"the protocol is written in az, en or ru, not {language!r}")
    comma = language in ("az", "ru")
    return Labels(language, _TABLES[language], "," if comma else ".", ";" if comma else ",")
