from editor.model import Problem, format_path


def test_paths_count_list_items_from_one():
    assert format_path(("demands", 1, "text")) == "demands[2].text"
    assert format_path(("signatories", 11)) == "signatories[12]"
    assert format_path(()) == ""


def test_a_problem_prints_as_file_line_column_field_message():
    problem = Problem("'text' is missing", ("demands", 1), 14, 5, "plan.statement.yaml")
    assert str(problem) == "plan.statement.yaml:14:5: demands[2]: 'text' is missing"
    assert str(Problem("the file is empty", file="a.yaml")) == "a.yaml: the file is empty"
    assert str(Problem("unused", ("title",), is_warning=True)) == "title: warning: unused"
