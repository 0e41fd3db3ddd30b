"""An institution's name, address and complaint contacts in Bengali and English, as data.

Head office publishes one block per policy profile (reference data of kind
"institution", key = the profile's code); `check_institution` is the gate it passes
at head office and again at the branch. Escalation to the regulator defaults per
profile (RBI's Ombudsman in India, Bangladesh Bank in Bangladesh), so a Bangladeshi
paper never shows an Indian number.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from app.domain.products import PROFILES
from app.errors import QT_TR_NOOP, ValidationError

MAX_TEXT = 400
SETTING_KEY = "institution"  # where a branch keeps the block of its profile


@dataclass(frozen=True)
class Institution:
    name_en: str
    name_bn: str
    address_en: str = ""
    address_bn: str = ""
    grievance_officer_en: str = ""
    grievance_officer_bn: str = ""
    grievance_phone: str = ""
    grievance_email: str = ""
    grievance_address_en: str = ""
    grievance_address_bn: str = ""
    escalation_en: str = ""  # the regulator to turn to, with its contacts
    escalation_bn: str = ""
    recovery_agents: bool = False  # whether recovery agents may be engaged
    transferable: bool = False  # whether the loan may be transferred or securitised
    cooling_off_days: int = 3  # look-up period: repay early with no charge but interest
    kfs_validity_days: int = 3  # working days the KFS's terms hold

    def pick(self, field: str, lang: str) -> str:
        """`field`_bn in Bengali when it is there, else `field`_en."""
        bn = getattr(self, f"{field}_bn")
        return bn if lang == "bn" and bn else getattr(self, f"{field}_en")


ESCALATION = {  # the regulator's own channel, when head office names none
    "india_rbi": (
        "Reserve Bank of India, Integrated Ombudsman Scheme: https://cms.rbi.org.in, "
        "toll-free 14448, or by post to the Centralised Receipt and Processing Centre, "
        "Reserve Bank of India, 4th Floor, Sector 17, Chandigarh – 160017",
        "ভারতীয় রিজার্ভ ব্যাংক, ইন্টিগ্রেটেড ওম্বুডসম্যান স্কিম: https://cms.rbi.org.in, "
        "টোল-ফ্রি ১৪৪৪৮, অথবা ডাকযোগে: সেন্ট্রালাইজড রিসিপ্ট অ্যান্ড প্রসেসিং সেন্টার, "
        "ভারতীয় রিজার্ভ ব্যাংক, চতুর্থ তল, সেক্টর ১৭, চণ্ডীগড় – ১৬০০১৭"),
    "bangladesh_mra": (
        "Bangladesh Bank, Customers' Interest Protection Centre: hotline 16236, "
        "https://www.bb.org.bd",
        "বাংলাদেশ ব্যাংক, গ্রাহক স্বার্থ সংরক্ষণ কেন্দ্র: হটলাইন ১৬২৩৬, "
        "https://www.bb.org.bd"),
}
_TEXTS = tuple(f.name for f in fields(Institution) if f.type == "str")


def check_institution(payload: Any) -> Institution:
    """An institution block as head office sends it, checked field by field."""
    if not isinstance(payload, dict):
        raise ValidationError(QT_TR_NOOP("The payload must be a JSON object."))
    known = {f.name for f in fields(Institution)}
    unknown = sorted(set(payload) - known)
    if unknown:
        raise ValidationError(QT_TR_NOOP("Unknown fields: {names}."), names=", ".join(unknown))
    for name in ("name_en", "name_bn"):
        if not isinstance(payload.get(name), str) or not payload[name].strip():
            raise ValidationError(QT_TR_NOOP("The payload needs {names}."), names=name)
    for name in _TEXTS:
        value = payload.get(name, "")
        if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
            raise ValidationError(QT_TR_NOOP("{name} must be text of at most {n} "
                                             "characters."), name=name, n=MAX_TEXT)
    for name in ("recovery_agents", "transferable"):
        if not isinstance(payload.get(name, False), bool):
            raise ValidationError(QT_TR_NOOP("{name} must be true or false."), name=name)
    for name, low, high in (("cooling_off_days", 0, 30), ("kfs_validity_days", 1, 30)):
        value = payload.get(name, 3)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise ValidationError(QT_TR_NOOP("{name} must be a whole number from {low} to "
                                             "{high}."), name=name, low=low, high=high)
    return Institution(**payload)


def check_profile_key(key: str) -> None:
    if key not in PROFILES:
        raise ValidationError(QT_TR_NOOP("Unknown policy profile: {profile}."), profile=key)
