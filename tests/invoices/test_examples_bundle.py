"""The invoice rules' examples run from files shipped in the package, not from the generator."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from support.invoice_fixtures import invoice_examples

from reinstate.invoices.examples import _bundle, making_key


def test_every_example_has_a_file_in_the_bundle() -> None:
    missing = {making_key(e) for e in invoice_examples()} - set(_bundle())
    assert not missing, f"run tests/support/invoice_fixtures.py; missing {sorted(missing)[:3]}"


def test_the_runner_needs_no_generator_packages() -> None:
    # An installed reinstate has neither the test corpus nor reportlab/weasyprint/fpdf.
    code = textwrap.dedent(
        """
        import sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("reportlab", "weasyprint", "fpdf", "support"):
                    raise ImportError(name)
        sys.meta_path.insert(0, Block())
        from reinstate.rules import default_registry
        from reinstate.invoices.examples import codes_for_example
        rule = default_registry().get("I209")
        print(sorted(codes_for_example(rule, rule.fire[0])))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert out.returncode == 0, out.stderr[-800:]
    assert "I209" in out.stdout
